import type { ProblemInit } from '../read-problem.js';

/**
 * `PCAQ0513`: a count not written as a non-negative integer in digits (docs/evaluation.md,
 * "Counts"); `shown` is the value as written (a JSON number's own text; a string quoted).
 *
 * @example
 * ```ts
 * invalidCount('licensesActive', '1e3'); // { code: 'PCAQ0513', args: { field: 'licensesActive', value: '1e3' } }
 * ```
 */
export function invalidCount(field: string, shown: string): ProblemInit {
  return { code: 'PCAQ0513', args: { field, value: shown } };
}
