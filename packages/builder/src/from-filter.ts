import type { FilterNode, Schema } from '@pcaq/core';
import { parseFilter } from '@pcaq/linter';
import { makeCondition, toCondition, type Condition } from './condition.js';

/**
 * Lifts a filter into the builder: text is parsed and checked with `parseFilter` (diagnostics'
 * spans index it, `condition.text`), a tree is rebuilt through the core factories and checked.
 * The result combines with other conditions, and prints back canonically:
 * `fromFilter(text).toString() === printFilter(parseFilter(text).ast)`. Checked against licence
 * usage unless `options.schema` names another endpoint's schema (docs/builder.md, "One builder per
 * endpoint"). Never throws.
 *
 * @example
 * ```ts
 * fromFilter("workloadCode  eq 'SFB' OR channel eq 'Reseller'").diagnostics[0]?.code; // 'PCAQ0105'
 * fromFilter("(workloadCode eq 'SFB')").and(where('channel').eq('Reseller')).toString();
 * // "workloadCode eq 'SFB' and channel eq 'Reseller'"
 * fromFilter('autoRenewEnabled eq true', { schema: ENDPOINT_SCHEMAS.subscriptions }).diagnostics; // []
 * ```
 */
export function fromFilter(filter: string | FilterNode, options: { readonly schema?: Schema } = {}): Condition {
  const schema = options?.schema;
  if (typeof filter !== 'string') return toCondition(filter, schema);
  const parsed = parseFilter(filter, schema ? { schema } : {});
  return makeCondition(parsed.ast, parsed.diagnostics, filter);
}
