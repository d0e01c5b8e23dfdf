import type { ProblemInit } from '../read-problem.js';

/**
 * `PCAQ0517`: a CSV header naming a column twice, ignoring case (docs/diagnostics.md); columns are
 * 1-based, `firstName` is the first spelling when it differs.
 *
 * @example
 * ```ts
 * duplicateColumn('Channel', 1, 'channel', 3).variant; // 'other-case'
 * ```
 */
export function duplicateColumn(name: string, first: number, firstName: string, second: number): ProblemInit {
  const args = { name, first, firstName, second };
  return { code: 'PCAQ0517', args, hint: true, ...(firstName === name ? {} : { variant: 'other-case' }) };
}
