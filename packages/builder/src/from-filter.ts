import type { FilterNode } from '@pcaq/core';
import { parseFilter } from '@pcaq/linter';
import { makeCondition, toCondition, type Condition } from './condition.js';

/**
 * Lifts a filter into the builder: text is parsed and checked with `parseFilter` (diagnostics'
 * spans index it, `condition.text`), a tree is rebuilt through the core factories and checked.
 * The result combines with other conditions, and prints back canonically:
 * `fromFilter(text).toString() === printFilter(parseFilter(text).ast)`. Never throws.
 *
 * @example
 * ```ts
 * fromFilter("workloadCode  eq 'SFB' OR channel eq 'Reseller'").diagnostics[0]?.code; // 'PCAQ0105'
 * fromFilter("(workloadCode eq 'SFB')").and(where('channel').eq('Reseller')).toString();
 * // "workloadCode eq 'SFB' and channel eq 'Reseller'"
 * ```
 */
export function fromFilter(filter: string | FilterNode): Condition {
  if (typeof filter !== 'string') return toCondition(filter);
  const parsed = parseFilter(filter);
  return makeCondition(parsed.ast, parsed.diagnostics, filter);
}
