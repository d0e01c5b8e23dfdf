import type { ProblemInit } from '../read-problem.js';

/**
 * `PCAQ0510`: a row that is not a JSON object (docs/diagnostics.md); `found` describes it (`an array`).
 *
 * @example
 * ```ts
 * notAnObject('an array'); // { code: 'PCAQ0510', args: { found: 'an array' } }
 * ```
 */
export function notAnObject(found: string): ProblemInit {
  return { code: 'PCAQ0510', args: { found } };
}
