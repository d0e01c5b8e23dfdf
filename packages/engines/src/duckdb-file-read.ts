import type { DuckDBConnection } from '@duckdb/node-api';
import type { Schema } from '@pcaq/core';
import { InvalidTextError } from '@pcaq/readers';
import { csvHeaderSql, type SqlFileFormat, type SqlFileSource } from '@pcaq/sql';
import { EngineError, engineErrorOf } from './engine-error.js';
import { fileSourceOf } from './file-source.js';
import { checkWithReaders, encodingOf } from './reader-check.js';
import { utf8FileFor, type FileEncoding, type Utf8File } from './utf8-copy.js';

/** How a file is to be read: what `pcaq eval --engine duckdb` is told about it. */
export interface DuckDbFileRead {
  readonly format: SqlFileFormat;
  readonly schema: Schema;
  readonly skipBadRows: boolean;
  readonly encoding?: FileEncoding | undefined;
}

/**
 * The one way the DuckDB engine reads a file (docs/engines.md, "Reading files strictly"), shared
 * by `evaluateFileWithDuckDb` and `loadFilesIntoDuckDb` (`pcaq serve`) so both read every file
 * alike. The readers check the start of the file first (a header or envelope DuckDB would read
 * differently: refused with their `file:line:column` message); DuckDB then gets a UTF-8 copy
 * where it needs one and, for CSV, the header as written. `duckdb` reads the described file; where
 * DuckDB cannot give the readers' answer (bytes that are not text, a file DuckDB refuses) `readers`
 * answers instead, whose error is the readers' positioned one. A Parquet file has no readers: what
 * DuckDB refuses there is a PCAQ0521 error.
 *
 * @throws EngineError for what the readers refuse at the start of the file, a file that cannot be
 *   opened, or a Parquet file DuckDB refuses; what `duckdb` and `readers` throw as EngineError.
 * @example
 * ```ts
 * const outcome = await readFileWithDuckDb('usage.csv', connection, { format: 'csv', schema, skipBadRows: false }, (source) => run(source), () => answerWithReaders(...));
 * ```
 */
export async function readFileWithDuckDb<T>(
  path: string,
  connection: DuckDBConnection,
  read: DuckDbFileRead,
  duckdb: (source: SqlFileSource) => Promise<T>,
  readers: () => Promise<T>,
): Promise<T> {
  if (read.format !== 'parquet') {
    const start = await checkWithReaders(path, { format: read.format, schema: read.schema, skipBadRows: read.skipBadRows, firstRowOnly: true, ...encodingOf(read) });
    if (start.stopped !== undefined) throw new EngineError(start.stopped.message, { cause: start.stopped, problem: start.stopped.problem });
    // Rows the readers skip at the start (a malformed header with skipBadRows) must be reported.
    if (start.skipped.length > 0) return readers();
  }
  let described: SqlFileSource;
  try {
    described = await fileSourceOf(path, read.format, read.encoding);
  } catch (error) {
    // The readers took the file's start as rows, but its shape cannot be told from its first bytes
    // (a member name written with escapes, the rows after 64 KiB of other members): they answer.
    if (error instanceof EngineError && error.code === 'PCAQ0523') return readers();
    throw error;
  }
  let file: Utf8File;
  try {
    file = await utf8FileFor(path, read.format, read.encoding);
  } catch (error) {
    if (error instanceof InvalidTextError) return readers();
    throw error;
  }
  try {
    const source: SqlFileSource = { ...described, path: file.path };
    return await duckdb(source.format === 'csv' ? { ...source, header: await csvHeader(connection, source.path) } : source);
  } catch (error) {
    if (error instanceof EngineError) throw error;
    if (read.format === 'parquet') throw engineErrorOf(error, path);
    // DuckDB refused the file: the readers say where, with the js engine's message; a file they
    // accept (a blank first line, a record they skip) is answered from their rows.
    return await readers();
  } finally {
    await file.dispose();
  }
}

/** The header line of a CSV file as written (empty for an empty file). */
async function csvHeader(connection: DuckDBConnection, path: string): Promise<string[]> {
  const statement = csvHeaderSql(path);
  const reader = await connection.runAndReadAll(statement.text, [...statement.params]);
  const first = reader.getRows()[0];
  return first === undefined ? [] : first.map((cell) => (cell === null ? '' : String(cell)));
}
