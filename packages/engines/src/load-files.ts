import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { LICENSE_USAGE_SCHEMA, rowShape, type Row, type Schema } from '@pcaq/core';
import { readRows, RowReadError, type InputFormat } from '@pcaq/readers';
import { fileRowsSql, quoteIdentifier, SQL_INTERNAL_COLUMNS, sqlColumns, type SqlFileFormat } from '@pcaq/sql';
import { readFileWithDuckDb } from './duckdb-file-read.js';
import { EngineError, engineProblem } from './engine-error.js';
import { fileColumnNames, schemaFieldsOf } from './evaluate-file.js';
import { fileFormatOf } from './file-source.js';
import { unreadableFile } from './problems/unreadable-file.js';
import { needsReaders } from './readers-needed.js';

/**
 * Options of {@link loadFilesIntoDuckDb}.
 *
 * @example
 * ```ts
 * const options: DuckDbLoadOptions = { table: 'pcaq_rows', ordinal: 'pcaq_row', schema: endpointSchema('subscriptions') };
 * ```
 */
export interface DuckDbLoadOptions {
  /** The table to create (it must not exist): one column per field of the schema's rows, then `ordinal`. */
  readonly table: string;
  /** The column numbering the rows 1, 2, ... across all files, in file order. */
  readonly ordinal: string;
  /** The rows' schema; default licence usage. */
  readonly schema?: Schema;
  /** The files' format; default from each one's extension. */
  readonly inputFormat?: SqlFileFormat;
}

/**
 * What {@link loadFilesIntoDuckDb} loaded: how many rows, and the schema's fields the files have,
 * in order of first appearance (the fields a plain row answers with, as `evaluateFileWithDuckDb`'s).
 *
 * @example
 * ```ts
 * const loaded: LoadedFiles = { rowCount: 2, fields: ['channel', 'licensesActive'], columns: [['channel', 'licenseActive', 'region']] };
 * ```
 */
export interface LoadedFiles {
  readonly rowCount: number;
  readonly fields: readonly string[];
  /** Each file's columns as written (a CSV header's names, JSON keys in order of first appearance, Parquet columns). */
  readonly columns: readonly (readonly string[])[];
}

/**
 * Loads files into one new DuckDB table, read exactly as `evaluateFileWithDuckDb` reads a file
 * (docs/engines.md, "Reading files strictly"): the same strict CSV, JSON counts read from their
 * digits, the same fallback to `@pcaq/readers` where DuckDB cannot give their answer, the same
 * positioned errors. A query compiled by `@pcaq/sql` over the table (a table source naming
 * `ordinal`) then answers as `evaluateFileWithDuckDb` does over the files. The table holds the
 * schema's fields as text (no value is NULL) and counts as exact integers. Rows DuckDB reads never
 * enter JavaScript; rows the readers had to read are appended from JavaScript.
 *
 * @throws EngineError naming the file (and, where the readers place it, line and column) for a
 *   file that cannot be read or holds bad data; nothing is loaded then.
 * @example
 * ```ts
 * import { DuckDBInstance } from '@duckdb/node-api';
 * const connection = await (await DuckDBInstance.create(':memory:')).connect();
 * const loaded = await loadFilesIntoDuckDb(connection, ['usage.csv'], { table: 'rows', ordinal: 'row_number' });
 * const sql = compileSql(checkQuery({ groupby: 'channel' }).checked!, { dialect: 'duckdb', source: { kind: 'table', name: 'rows', ordinal: 'row_number' } });
 * ```
 */
export async function loadFilesIntoDuckDb(connection: DuckDBConnection, files: readonly string[], options: DuckDbLoadOptions): Promise<LoadedFiles> {
  const schema = options.schema ?? LICENSE_USAGE_SCHEMA;
  const columns = sqlColumns(schema);
  const table = quoteIdentifier(options.table);
  const definitions = columns.fields.map((name) => `${quoteIdentifier(name)} ${columns.readCounts.includes(name) ? 'HUGEINT' : 'VARCHAR'}`);
  await connection.run(`CREATE TABLE ${table} (${[...definitions, `${quoteIdentifier(options.ordinal)} BIGINT`].join(', ')})`);
  const fields: string[] = [];
  const columnsOf: (readonly string[])[] = [];
  let rowCount = 0;
  try {
    for (const path of files) {
      const loaded = await loadFile(connection, path, { ...options, schema }, rowCount);
      for (const name of loaded.fields) if (!fields.includes(name)) fields.push(name);
      columnsOf.push(loaded.columns);
      rowCount += loaded.rowCount;
    }
  } catch (error) {
    // The load's own error is the one to report; a failed clean-up must not replace it.
    await connection.run(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
    throw error;
  }
  return { rowCount, fields, columns: columnsOf };
}

/** What one file brought: its rows, the schema's fields it has, its columns. */
interface LoadedFile {
  readonly rowCount: number;
  readonly fields: readonly string[];
  readonly columns: readonly string[];
}

/** One file appended to the table, its rows numbered after `before`. */
async function loadFile(connection: DuckDBConnection, path: string, options: DuckDbLoadOptions & { readonly schema: Schema }, before: number): Promise<LoadedFile> {
  const format = fileFormatOf(path, options.inputFormat);
  const columns = sqlColumns(options.schema);
  const readers = (): Promise<LoadedFile> => loadWithReaders(connection, path, format as InputFormat, options, before);
  return readFileWithDuckDb(path, connection, { format, schema: options.schema, skipBadRows: false }, async (source) => {
    const rows = fileRowsSql(source, options.schema);
    if (format !== 'parquet' && (await needsReaders(connection, source, rows))) return await readers();
    const items = [...columns.fields.map((name) => quoteIdentifier(name)), `${before} + ${quoteIdentifier(SQL_INTERNAL_COLUMNS.ordinal)}`];
    const inserted = await connection.runAndReadAll(`INSERT INTO ${quoteIdentifier(options.table)} SELECT ${items.join(', ')} FROM (${rows.text})`, [...rows.params]);
    const rowCount = Number(inserted.getRows()[0]?.[0] ?? 0);
    const names = await fileColumnNames(connection, source);
    return { rowCount, fields: schemaFieldsOf(names, options.schema), columns: names };
  }, readers);
}

/**
 * The file as `@pcaq/readers` reads it, appended row by row: where DuckDB cannot give their answer,
 * `evaluateFileWithDuckDb` answers with theirs, so the table holds their rows.
 */
async function loadWithReaders(connection: DuckDBConnection, path: string, format: InputFormat, options: DuckDbLoadOptions & { readonly schema: Schema }, before: number): Promise<LoadedFile> {
  const columns = sqlColumns(options.schema);
  const shape = rowShape(options.schema);
  const names: string[] = [];
  const appender = await connection.createAppender(options.table);
  let rowCount = 0;
  try {
    for await (const batch of readRows(path, { format, schema: options.schema, intern: false }).batches()) {
      for (const row of batch) {
        for (const name of Object.keys(row)) if (!names.includes(name)) names.push(name);
        appendRow(appender, row, columns.fields, columns.readCounts, shape.aliases);
        rowCount += 1;
        appender.appendBigInt(BigInt(before + rowCount));
        appender.endRow();
      }
    }
    appender.closeSync();
  } catch (error) {
    appender.closeSync();
    if (error instanceof RowReadError) throw new EngineError(error.message, { cause: error, problem: error.problem });
    throw engineProblem(path, unreadableFile(error), error);
  }
  return { rowCount, fields: schemaFieldsOf(names, options.schema), columns: names };
}

/** A row's fields in the table's column order (an alias read as its field); the ordinal is appended after. */
function appendRow(appender: DuckDBAppender, row: Row, fields: readonly string[], counts: readonly string[], aliases: ReadonlyMap<string, string>): void {
  for (const name of fields) {
    let value = row[name];
    if (value === undefined || value === null) {
      for (const [alias, field] of aliases) if (field === name && row[alias] !== undefined && row[alias] !== null) value = row[alias];
    }
    if (value === undefined || value === null) appender.appendNull();
    else if (counts.includes(name) && (typeof value === 'number' || typeof value === 'bigint')) appender.appendHugeInt(BigInt(value));
    else appender.appendVarchar(typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
}
