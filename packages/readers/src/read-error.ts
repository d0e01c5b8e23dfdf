import type { ReadProblem } from './types.js';

/**
 * The error a reader raises for bad input (without `skipBadRows`, or for a problem that cannot be
 * skipped). Reading a stream has no other way to stop a consumer that would otherwise compute
 * totals from a partial file; the error carries the structured `problem`, and its message is
 * `file:line:column: error PCAQ05xx: message`, ready to print without a stack trace.
 *
 * @example
 * ```ts
 * declare function use(row: Row): void;
 * try {
 *   for await (const row of readRows('usage.csv')) use(row);
 * } catch (error) {
 *   if (error instanceof RowReadError) console.error(`pcaq: ${error.message}`);
 *   else throw error;
 * }
 * ```
 */
export class RowReadError extends Error {
  override readonly name = 'RowReadError';

  constructor(readonly problem: ReadProblem) {
    super(formatProblem(problem));
  }
}

/**
 * `file:line:column: error PCAQ05xx: message`, as compilers print positions and as `pcaq lint`
 * prints diagnostics, then the hint in parentheses.
 *
 * @example
 * ```ts
 * formatProblem({ file: 'a.csv', line: 3, column: 80, code: 'PCAQ0514', message: 'expected 12 columns (as in the header), found 11' });
 * // 'a.csv:3:80: error PCAQ0514: expected 12 columns (as in the header), found 11'
 * ```
 */
export function formatProblem(problem: ReadProblem): string {
  const hint = problem.hint === undefined ? '' : ` (${problem.hint})`;
  return `${problem.file}:${problem.line}:${problem.column}: error ${problem.code}: ${problem.message}${hint}`;
}
