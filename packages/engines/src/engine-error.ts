import type { ReadProblem } from '@pcaq/readers';

/**
 * A problem with the data or the file an engine was asked to read (unreadable file, a count that
 * is not a non-negative integer, malformed JSON or CSV), as opposed to a problem with the query,
 * which is reported as diagnostics. The message is ready to print after `pcaq: `; when the
 * readers located the problem, `problem` holds it (file, line, column, code) and the message is
 * theirs, `file:line:column: message`, exactly as the js engine prints it.
 *
 * @example
 * ```ts
 * try {
 *   await evaluateFileWithDuckDb('usage.csv', checkQuery({ groupby: 'channel' }).checked!);
 * } catch (error) {
 *   if (error instanceof EngineError) console.error(`pcaq: ${error.message}`);
 * }
 * ```
 */
export class EngineError extends Error {
  override readonly name = 'EngineError';
  /** Where the readers found the problem, when they did. */
  readonly problem: ReadProblem | undefined;

  constructor(message: string, options?: ErrorOptions & { readonly problem?: ReadProblem }) {
    super(message, options);
    this.problem = options?.problem;
  }
}

/**
 * Wraps an error DuckDB raised while reading data into an {@link EngineError}, keeping the first
 * line of its message (the rest is DuckDB's context, useful only to its developers). Used only
 * when the readers find nothing wrong with a file DuckDB refused.
 *
 * @example
 * ```ts
 * engineErrorOf(new Error('Invalid Input Error: pcaq: licensesActive is not a non-negative integer: -1'), 'usage.csv').message;
 * // 'usage.csv: licensesActive is not a non-negative integer: -1'
 * ```
 */
export function engineErrorOf(error: unknown, path: string): EngineError {
  if (error instanceof EngineError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0] ?? message;
  const ours = /pcaq: (.*)$/.exec(firstLine)?.[1];
  return new EngineError(`${path}: ${ours ?? firstLine}`, { cause: error });
}
