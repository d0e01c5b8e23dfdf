import type { ProblemInit } from '../read-problem.js';

/**
 * `PCAQ0516`: a CSV header with an unnamed column, or one that breaks the quoting rules
 * (docs/diagnostics.md).
 *
 * @example
 * ```ts
 * csvHeader({ unnamedColumn: 3 });                         // { code: 'PCAQ0516', args: { column: 3 } }
 * csvHeader({ detail: 'this quoted cell is never closed' }).variant; // 'malformed'
 * ```
 */
export function csvHeader(found: { readonly unnamedColumn: number } | { readonly detail: string }): ProblemInit {
  if ('detail' in found) return { code: 'PCAQ0516', variant: 'malformed', args: { detail: found.detail } };
  return { code: 'PCAQ0516', args: { column: found.unnamedColumn } };
}
