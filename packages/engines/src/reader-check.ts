import type { CheckedQuery, Schema } from '@pcaq/core';
import { evaluateStream, type EvaluationOutcome } from '@pcaq/evaluator';
import { readRows, RowReadError, type InputFormat, type ReadOptions, type ReadProblem } from '@pcaq/readers';
import { EngineError, engineProblem } from './engine-error.js';
import { unreadableFile } from './problems/unreadable-file.js';
import type { DuckDbFileOptions } from './evaluate-file.js';
import type { FileEncoding } from './utf8-copy.js';

/** How a file is read by `@pcaq/readers` to check it. */
export interface ReaderCheckOptions {
  readonly format: InputFormat;
  readonly skipBadRows: boolean;
  readonly encoding?: FileEncoding;
  /** Stop after the first row: only the start of the file (its header or envelope) is checked. */
  readonly firstRowOnly?: boolean;
  /** The rows' schema (its header names, counts, aliases); default licence usage, as the readers'. */
  readonly schema?: Schema;
}

/** What the readers found: the problem that stops the read, and the rows they skipped. */
export interface ReaderVerdict {
  readonly stopped?: RowReadError;
  readonly skipped: readonly ReadProblem[];
}

/**
 * Reads a file with `@pcaq/readers`, only to find its problems: the reference for how a bad file
 * is reported (docs/engines.md, "Reading files strictly"). The DuckDB engine uses it before a run
 * on the start of the file (a header or envelope DuckDB would read differently) and, after DuckDB
 * refused a file or dropped rows, on the whole file, so both engines print the same
 * `file:line:column: message`. The encoding is passed on for readers that take one.
 *
 * @throws EngineError when the file cannot be opened.
 * @example
 * ```ts
 * const verdict = await checkWithReaders('usage.csv', { format: 'csv', skipBadRows: false });
 * if (verdict.stopped) console.error(verdict.stopped.message); // 'usage.csv:7:80: error PCAQ0514: expected 12 columns ...'
 * ```
 */
export async function checkWithReaders(path: string, options: ReaderCheckOptions): Promise<ReaderVerdict> {
  const skipped: ReadProblem[] = [];
  // The encoding goes in for readers that read it (`--encoding`); built as a variable, not a
  // literal, so it type-checks whichever version of the readers is installed.
  const readOptions: ReadOptions & { readonly encoding?: FileEncoding } = {
    format: options.format,
    ...(options.schema === undefined ? {} : { schema: options.schema }),
    skipBadRows: options.skipBadRows,
    onSkip: (problem) => skipped.push(problem),
    intern: false,
    ...(options.encoding === undefined || options.encoding === 'utf-8' ? {} : { encoding: options.encoding }),
  };
  try {
    for await (const batch of readRows(path, readOptions).batches()) {
      if (options.firstRowOnly === true && batch.length > 0) break;
    }
  } catch (error) {
    if (error instanceof RowReadError) return { stopped: error, skipped };
    throw engineProblem(path, unreadableFile(error), error);
  }
  return { skipped };
}

/** The `encoding` option as the readers take it (absent for the default). */
export const encodingOf = (options: { readonly encoding?: FileEncoding | undefined }): { readonly encoding?: FileEncoding } => (options.encoding === undefined ? {} : { encoding: options.encoding });

/**
 * The answer of the js engine: the readers read the file (reporting skipped rows to `onSkip`) and
 * the evaluator answers; a problem the readers stop at becomes an {@link EngineError} with their
 * `file:line:column: message`. This is the DuckDB engine's answer wherever DuckDB cannot give the
 * readers' one (docs/engines.md, "Reading files strictly").
 *
 * @throws EngineError for what the readers stop at, or a file they cannot open.
 * @example
 * ```ts
 * const outcome = await answerWithReaders('usage.csv', checkQuery({ groupby: 'channel' }).checked!, 'csv', { skipBadRows: true, onSkip: console.warn });
 * ```
 */
export async function answerWithReaders(path: string, query: CheckedQuery, format: InputFormat, options: DuckDbFileOptions): Promise<EvaluationOutcome> {
  const readOptions: ReadOptions & { readonly encoding?: FileEncoding } = {
    format,
    // The query's schema says which fields are counts, booleans and aliases (docs/evaluation.md, "Rows").
    schema: query.schema,
    skipBadRows: options.skipBadRows ?? false,
    ...(options.onSkip === undefined ? {} : { onSkip: options.onSkip }),
    ...encodingOf(options),
  };
  try {
    return await evaluateStream(readRows(path, readOptions), query, {
      caseSensitive: options.caseSensitive ?? false,
      all: options.all ?? false,
      ...(options.basePath === undefined ? {} : { basePath: options.basePath }),
    });
  } catch (error) {
    if (error instanceof RowReadError) throw new EngineError(error.message, { cause: error, problem: error.problem });
    throw engineProblem(path, unreadableFile(error), error);
  }
}

