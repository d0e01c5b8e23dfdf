import type { ProblemInit } from '../read-problem.js';

/**
 * `PCAQ0512`: a response body naming its rows twice, `first` and then `second`
 * (docs/evaluation.md, "Response bodies"; the one rule is core's `isRowsMember`).
 *
 * @example
 * ```ts
 * rowsArrayTwice('value', 'Value'); // { code: 'PCAQ0512', args: { first: 'value', second: 'Value' } }
 * ```
 */
export function rowsArrayTwice(first: string, second: string): ProblemInit {
  return { code: 'PCAQ0512', args: { first, second }, ...(first === second ? { variant: 'same' } : {}) };
}
