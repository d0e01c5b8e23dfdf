import {
  LICENSE_USAGE_SCHEMA,
  LIMITS,
  checkedQuery,
  groupByField,
  hasErrors,
  type CheckedQuery,
  type CheckedQueryParts,
  type Diagnostic,
  type GroupByFieldNode,
  type OrderByItemNode,
  type Query,
} from '@pcaq/core';
import { analyzeQuery } from './analyze-query.js';
import type { LintOptions } from './options.js';

/**
 * What {@link checkQuery} returns: the checked query, undefined when any diagnostic is an error.
 *
 * @example
 * ```ts
 * const { checked, diagnostics }: CheckQueryResult = checkQuery({ top: 5 });
 * ```
 */
export interface CheckQueryResult {
  readonly checked: CheckedQuery | undefined;
  readonly diagnostics: Diagnostic[];
}

/**
 * Lints a request (as {@link lintQuery}) and, when there is no error, returns the checked query
 * every later stage takes (docs/architecture.md, "The checked query"): the filter tree, the
 * group-by as `GroupByField` nodes with their spans (each field once), `top` defaulting to 10000
 * and `skip` to 0, the schema it was checked against, the `orderby` keys (each field once) and
 * `aggregationLevel` when given, and the filter, group-by and orderby text as given (for `nextLink`). Warnings do not stop it. Each parameter is parsed once. Never throws.
 *
 * @example
 * ```ts
 * checkQuery({ filter: "channel eq 'Reseller'", groupby: 'customerTenantId' }).checked;
 * // { type: 'CheckedQuery', filter: { type: 'Comparison', ... }, groupby: [{ type: 'GroupByField', name: 'customerTenantId', ... }], top: 10000, skip: 0, ... }
 * checkQuery({ top: '1e3' }).checked; // undefined (PCAQ0401)
 * ```
 */
export function checkQuery(query: Query, options: LintOptions = {}): CheckQueryResult {
  const schema = options?.schema ?? LICENSE_USAGE_SCHEMA;
  const analysis = analyzeQuery(query, { ...options, schema });
  const { diagnostics } = analysis;
  if (hasErrors(diagnostics)) return { checked: undefined, diagnostics };
  const source: { filter?: string; groupby?: string; top?: number; orderby?: string } = {};
  if (analysis.filterText !== undefined) source.filter = analysis.filterText;
  if (analysis.groupbyText !== undefined) source.groupby = analysis.groupbyText;
  if (analysis.top !== undefined) source.top = analysis.top;
  if (analysis.orderbyText !== undefined) source.orderby = analysis.orderbyText;
  const parts: CheckedQueryParts = {
    schema,
    ...(analysis.filter ? { filter: analysis.filter } : {}),
    ...(analysis.groupby ? { groupby: eachFieldOnce(analysis.groupby) } : {}),
    top: analysis.top ?? LIMITS.maxTop,
    skip: analysis.skip ?? 0,
    ...(analysis.processedDateTime !== undefined ? { processedDateTime: analysis.processedDateTime } : {}),
    ...(analysis.orderby ? { orderby: eachKeyOnce(analysis.orderby) } : {}),
    ...(analysis.aggregationLevel !== undefined ? { aggregationLevel: analysis.aggregationLevel } : {}),
    ...(Object.keys(source).length > 0 ? { source } : {}),
  };
  return { checked: checkedQuery(parts), diagnostics };
}

/** A field named twice (a PCAQ0303 warning) groups like a field named once: the first place is kept. */
function eachFieldOnce(fields: readonly GroupByFieldNode[]): GroupByFieldNode[] {
  const seen = new Set<string>();
  const once: GroupByFieldNode[] = [];
  for (const f of fields) {
    if (seen.has(f.name)) continue;
    seen.add(f.name);
    once.push(groupByField(f.name, f.span));
  }
  return once;
}

/** A field ordered by twice (a PCAQ0309 warning) sorts by its first place only (docs/language.md, "orderby"). */
function eachKeyOnce(items: readonly OrderByItemNode[]): OrderByItemNode[] {
  const seen = new Set<string>();
  const once: OrderByItemNode[] = [];
  for (const item of items) {
    if (seen.has(item.name)) continue;
    seen.add(item.name);
    once.push(item);
  }
  return once;
}
