import type { ProblemInit } from '../read-problem.js';

/**
 * `PCAQ0514`: a CSV record with another number of cells than the header (docs/diagnostics.md).
 *
 * @example
 * ```ts
 * columnCount(12, 11); // { code: 'PCAQ0514', args: { expected: 12, found: 11 } }
 * ```
 */
export function columnCount(expected: number, found: number): ProblemInit {
  return { code: 'PCAQ0514', args: { expected, found } };
}
