import type { ProblemInit } from '../read-problem.js';

/**
 * `PCAQ0509`: a row nesting objects and arrays deeper than the readers' limit (docs/diagnostics.md).
 *
 * @example
 * ```ts
 * tooDeep(64); // { code: 'PCAQ0509', args: { limit: 64 } }
 * ```
 */
export function tooDeep(limit: number): ProblemInit {
  return { code: 'PCAQ0509', args: { limit } };
}
