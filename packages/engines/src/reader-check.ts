import { readRows, RowReadError, type InputFormat, type ReadOptions, type ReadProblem } from '@pcaq/readers';
import { EngineError } from './engine-error.js';
import type { FileEncoding } from './utf8-copy.js';

/** How a file is read by `@pcaq/readers` to check it. */
export interface ReaderCheckOptions {
  readonly format: InputFormat;
  readonly skipBadRows: boolean;
  readonly encoding?: FileEncoding;
  /** Stop after the first row: only the start of the file (its header or envelope) is checked. */
  readonly firstRowOnly?: boolean;
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
 * if (verdict.stopped) console.error(verdict.stopped.message); // 'usage.csv:7: expected 12 columns ...'
 * ```
 */
export async function checkWithReaders(path: string, options: ReaderCheckOptions): Promise<ReaderVerdict> {
  const skipped: ReadProblem[] = [];
  // The encoding goes in for readers that read it (`--encoding`); built as a variable, not a
  // literal, so it type-checks whichever version of the readers is installed.
  const readOptions: ReadOptions & { readonly encoding?: FileEncoding } = {
    format: options.format,
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
    throw new EngineError(`cannot read '${path}' (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
  }
  return { skipped };
}
