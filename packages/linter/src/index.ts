/**
 * The pcaq linter: parse and check filters and group-by lists, lint whole requests, and check
 * them into the `CheckedQuery` every later stage takes. It composes `@pcaq/parser`, `@pcaq/checker` and `@pcaq/printer`.
 *
 * @packageDocumentation
 */
export { parseFilter, type ParsedFilter } from './parse-filter.js';
export { parseGroupBy, type ParsedGroupBy } from './parse-groupby.js';
export { parseOrderBy, type ParsedOrderBy } from './parse-orderby.js';
export { lintQuery } from './lint-query.js';
export { checkQuery, type CheckQueryResult } from './check-query.js';
export type { LintOptions, ParseOptions } from './options.js';
export { REQUEST_RULES } from './registry.js';
export type { ParameterRule } from './rules/parameter-rule.js';
export type { ParameterValue } from './whole-number.js';
