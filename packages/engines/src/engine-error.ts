import { DIAGNOSTIC_MESSAGES, formatMessage } from '@pcaq/core';
import type { ReadProblem, ReadProblemCode } from '@pcaq/readers';
import { engineReadError } from './problems/engine-read-error.js';

/**
 * The codes of an {@link EngineError}: the readers' (PCAQ0504-0519, the same on every engine) and
 * the engines' own, for a file that cannot be opened (`PCAQ0520`), that DuckDB refuses where
 * the readers cannot say where (`PCAQ0521`), whose format its extension does not tell
 * (`PCAQ0522`) or that is JSON of neither shape DuckDB is told to read (`PCAQ0523`), and `pcaq
 * serve`'s file of another endpoint's columns (`PCAQ0524`), docs/diagnostics.md.
 *
 * @example
 * ```ts
 * const code: EngineProblemCode = 'PCAQ0520';
 * ```
 */
export type EngineProblemCode = ReadProblemCode | 'PCAQ0520' | 'PCAQ0521' | 'PCAQ0522' | 'PCAQ0523' | 'PCAQ0524';

/**
 * An engine problem as its producer (a module of `problems/`) states it; the prose is the message
 * table's.
 *
 * @example
 * ```ts
 * const init: EngineProblemInit = { code: 'PCAQ0520', args: { reason: 'ENOENT' } };
 * ```
 */
export interface EngineProblemInit {
  readonly code: Exclude<EngineProblemCode, ReadProblemCode>;
  readonly args: Readonly<Record<string, string>>;
  readonly variant?: string;
}

/**
 * A problem with the data or the file an engine was asked to read (unreadable file, a count that
 * is not a non-negative integer, malformed JSON or CSV), as opposed to a problem with the query,
 * which is reported as diagnostics. The message is ready to print after `pcaq: `; when the
 * readers located the problem, `problem` holds it (file, line, column, code) and the message is
 * theirs, `file:line:column: error PCAQ05xx: message`, exactly as the js engine prints it; else
 * it is `file: error PCAQ05xx: message`. `code` is the problem's code in core's message table.
 *
 * @example
 * ```ts
 * try {
 *   await evaluateFileWithDuckDb('usage.csv', checkQuery({ groupby: 'channel' }).checked!);
 * } catch (error) {
 *   if (error instanceof EngineError) console.error(`pcaq: ${error.message}`, error.code);
 * }
 * ```
 */
export class EngineError extends Error {
  override readonly name = 'EngineError';
  /** Where the readers found the problem, when they did. */
  readonly problem: ReadProblem | undefined;
  /** The problem's code, when it has one (errors raised outside this package's problem modules may not). */
  readonly code: EngineProblemCode | undefined;

  constructor(message: string, options?: ErrorOptions & { readonly problem?: ReadProblem; readonly code?: EngineProblemCode }) {
    super(message, options);
    this.problem = options?.problem;
    this.code = options?.problem?.code ?? options?.code;
  }
}

/**
 * The {@link EngineError} of an engine problem about the file at `path`: `path: error CODE: message`.
 *
 * @example
 * ```ts
 * engineProblem('usage.csv', { code: 'PCAQ0520', args: { reason: 'ENOENT' } }).message;
 * // 'usage.csv: error PCAQ0520: cannot read the file (ENOENT)'
 * ```
 */
export function engineProblem(path: string, init: EngineProblemInit, cause?: unknown): EngineError {
  const entry: { readonly template: string; readonly variants?: Readonly<Record<string, string>> } = DIAGNOSTIC_MESSAGES[init.code];
  const template = init.variant === undefined ? entry.template : (entry.variants?.[init.variant] ?? entry.template);
  const message = `${path}: error ${init.code}: ${formatMessage(template, init.args)}`;
  return new EngineError(message, { code: init.code, ...(cause === undefined ? {} : { cause }) });
}

/**
 * Wraps an error DuckDB raised while reading data into an {@link EngineError} with code
 * `PCAQ0521`, keeping the first line of its message as the reason (the rest is DuckDB's context,
 * useful only to its developers). DuckDB's words are passed on, never matched: the code comes from
 * where the error was caught. Used only where the readers cannot read the file (Parquet).
 *
 * @example
 * ```ts
 * engineErrorOf(new Error('IO Error: No magic bytes found at end of file'), 'usage.parquet').message;
 * // 'usage.parquet: error PCAQ0521: DuckDB cannot read the file: IO Error: No magic bytes found at end of file'
 * ```
 */
export function engineErrorOf(error: unknown, path: string): EngineError {
  if (error instanceof EngineError) return error;
  return engineProblem(path, engineReadError(error), error);
}
