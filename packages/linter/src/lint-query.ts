import type { Diagnostic, Query } from '@pcaq/core';
import { analyzeQuery } from './analyze-query.js';
import type { LintOptions } from './options.js';

/**
 * Every diagnostic of a whole request, each with `source` naming its parameter (`filter`,
 * `groupby`, `top`, `skip`, `processedDateTime`, `orderby`, `aggregationLevel`) or `url` for the
 * encoded query string. The last three are checked against the endpoint of `options.schema`
 * (docs/language.md, "Parameters of some endpoints"). Filter and
 * group-by text is parsed and checked; a filter tree is checked as its printed text and a group-by
 * array as its comma-joined text (spans index those texts), a malformed tree being PCAQ0116 and a
 * name that is not a name PCAQ0205 (docs/language.md, "Trees built in code"); `top`, `skip` and `processedDateTime`
 * spans cover the whole value text. An encoded query string longer than `maxQueryStringLength`
 * (2,048) is a PCAQ0408 warning. Never throws, whatever a JavaScript caller passes.
 *
 * @example
 * ```ts
 * lintQuery({ filter: "workloadCode eq 'SFB'", top: 0 }).map((d) => [d.source, d.code]); // [['top', 'PCAQ0401']]
 * ```
 */
export function lintQuery(query: Query, options: LintOptions = {}): Diagnostic[] {
  return analyzeQuery(query, options).diagnostics;
}
