import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { InvalidArgumentError, canonicalFieldName, groupByNames, isCheckedQuery, rowShape, type CheckedQuery } from '@pcaq/core';
import type { EvaluationOutcome, Row } from '@pcaq/evaluator';
import { nextLink } from '@pcaq/printer';
import { InvalidTextError, type InputFormat, type ReadProblem } from '@pcaq/readers';
import { compileSql, csvHeaderSql, fileColumnsSql, sqlColumns, type CompiledSql, type SqlFileFormat, type SqlFileSource } from '@pcaq/sql';
import { runSqlOnDuckDb } from './duckdb.js';
import { linkBase } from './link-base.js';
import { EngineError, engineErrorOf } from './engine-error.js';
import { fileFormatOf, fileSourceOf } from './file-source.js';
import { answerWithReaders, checkWithReaders, encodingOf } from './reader-check.js';
import { needsReaders } from './readers-needed.js';
import { utf8FileFor, type FileEncoding, type Utf8File } from './utf8-copy.js';

/**
 * Options of {@link evaluateFileWithDuckDb}; they mirror `pcaq eval`'s.
 *
 * @example
 * ```ts
 * const options: DuckDbFileOptions = { inputFormat: 'csv', skipBadRows: true, onSkip: (problem) => console.warn(problem.line) };
 * ```
 */
export interface DuckDbFileOptions {
  /** Compare text exactly (GUIDs still ignore case). */
  readonly caseSensitive?: boolean;
  /** Return every row of the result, ignoring `top` and `skip` (`nextLink` is then null). */
  readonly all?: boolean;
  /** The path `nextLink` starts with; default `LICENSE_USAGE_PATH`. */
  readonly basePath?: string;
  /** The file's format; default from its extension (`.csv`, `.json`, `.ndjson`/`.jsonl`, `.parquet`). */
  readonly inputFormat?: SqlFileFormat;
  /** The file's encoding; default UTF-8 (UTF-16 with a byte-order mark is recognised). */
  readonly encoding?: FileEncoding;
  /** Drop rows whose counts are not non-negative integers instead of failing. */
  readonly skipBadRows?: boolean;
  /** With `skipBadRows`: called for each skipped row, with where the readers place it. */
  readonly onSkip?: (problem: ReadProblem) => void;
  /** A connection to use; default a fresh in-memory DuckDB, closed afterwards. */
  readonly connection?: DuckDBConnection;
}

/**
 * Evaluates a checked query over a CSV, JSON, NDJSON or Parquet file with embedded DuckDB: DuckDB reads
 * the file itself and only the page's rows come back into JavaScript, so files far larger than
 * memory work. The answer is the evaluator's (`@pcaq/evaluator`'s `EvaluationOutcome`): same
 * rows in the same order, same `totalCount` and `nextLink`. Plain rows hold the response fields
 * the file has, in the file's order (other columns are not returned).
 *
 * Bad files are reported as the js engine reports them (docs/engines.md, "Reading files
 * strictly"): DuckDB reads strictly, and when it refuses a file (or would drop rows with
 * `skipBadRows`), `@pcaq/readers` and `@pcaq/evaluator` take over: their error is the readers'
 * `file:line:column: message`, their answer the js engine's.
 *
 * The query is checked already (`checkQuery` from `@pcaq/linter`); nothing here parses it
 * (docs/architecture.md, "The checked query").
 *
 * @throws InvalidArgumentError when `query` is not a checked query (before the file is read).
 * @throws EngineError for a file that cannot be read or bad data (a malformed record, bytes that
 *   are not in the encoding, a count that is not a non-negative integer without `skipBadRows`);
 *   its message names the file, line and column.
 * @example
 * ```ts
 * const { checked } = checkQuery({ groupby: 'customerTenantId,workloadCode', top: 100 });
 * const outcome = await evaluateFileWithDuckDb('usage.parquet', checked!);
 * if (outcome.ok) console.log(outcome.value, outcome.totalCount, outcome.nextLink);
 * ```
 */
export async function evaluateFileWithDuckDb(path: string, query: CheckedQuery, options: DuckDbFileOptions = {}): Promise<EvaluationOutcome> {
  if (!isCheckedQuery(query)) throw new InvalidArgumentError('evaluateFileWithDuckDb', 'query', 'is not a checked query');
  const format = fileFormatOf(path, options.inputFormat);
  const readers = (): Promise<EvaluationOutcome> => answerWithReaders(path, query, format as InputFormat, options);
  // The start of the file (a CSV header, a JSON envelope, the first rows) as the readers see it:
  // what they refuse there is refused with their message before DuckDB starts.
  if (format !== 'parquet') {
    const start = await checkWithReaders(path, { format, schema: query.schema, skipBadRows: options.skipBadRows ?? false, firstRowOnly: true, ...encodingOf(options) });
    if (start.stopped !== undefined) throw new EngineError(start.stopped.message, { cause: start.stopped, problem: start.stopped.problem });
    // Rows the readers skip at the start (a malformed header with skipBadRows) must be reported.
    if (start.skipped.length > 0) return readers();
  }
  let described: SqlFileSource;
  try {
    described = await fileSourceOf(path, format, options.encoding);
  } catch (error) {
    // The readers took the file's start as rows, but its shape cannot be told from its first bytes
    // (a member name written with escapes, the rows after 64 KiB of other members): they answer.
    if (error instanceof EngineError && error.code === 'PCAQ0523') return readers();
    throw error;
  }
  let file: Utf8File;
  try {
    file = await utf8FileFor(path, format, options.encoding);
  } catch (error) {
    if (error instanceof InvalidTextError) return readers();
    throw error;
  }
  const owned = options.connection === undefined ? await DuckDBInstance.create(':memory:') : undefined;
  const connection = options.connection ?? (await owned!.connect());
  try {
    const source: SqlFileSource = { ...described, path: file.path };
    const withHeader = source.format === 'csv' ? { ...source, header: await csvHeader(connection, source.path) } : source;
    const sql = compileSql(query, {
      dialect: 'duckdb',
      source: withHeader,
      all: options.all ?? false,
      caseSensitive: options.caseSensitive ?? false,
      skipBadRows: options.skipBadRows ?? false,
    });
    // Rows the readers may judge differently (stray quotes, deep nesting) or rows DuckDB would drop
    // (whose lines only the readers know): the readers and the evaluator answer, as the js engine would.
    if (format !== 'parquet' && (await needsReaders(connection, withHeader, sql))) return await readers();
    const page = await runPage(connection, sql, withHeader);
    const link = nextLink(query, page.totalCount, { all: options.all ?? false, ...linkBase(options.basePath, query) });
    return { ok: true, diagnostics: [], value: page.rows, totalCount: page.totalCount, nextLink: link };
  } catch (error) {
    if (error instanceof EngineError) throw error;
    if (format === 'parquet') throw engineErrorOf(error, path);
    // DuckDB refused the file: the readers say where, with the js engine's message; a file they
    // accept (a blank first line, a record they skip) is answered from their rows.
    return await readers();
  } finally {
    if (owned !== undefined) {
      connection.closeSync();
      owned.closeSync();
    }
    await file.dispose();
  }
}

/** The result page, rows shaped as the file's fields when plain. */
async function runPage(connection: DuckDBConnection, sql: CompiledSql, source: SqlFileSource): Promise<{ rows: Row[]; totalCount: number }> {
  const page = await runSqlOnDuckDb(connection, sql);
  const grouped = groupByNames(sql.query).length > 0;
  const rows = grouped ? page.rows : keepFileFields(page.rows, await fileFields(connection, source, sql));
  return { rows, totalCount: page.totalCount };
}

/** The header line of a CSV file as written (empty for an empty file). */
async function csvHeader(connection: DuckDBConnection, path: string): Promise<string[]> {
  const statement = csvHeaderSql(path);
  const reader = await connection.runAndReadAll(statement.text, [...statement.params]);
  const first = reader.getRows()[0];
  return first === undefined ? [] : first.map((cell) => (cell === null ? '' : String(cell)));
}

/** The schema's fields the file has, in its order, an alias read as its field (`licenseActive` as `licensesActive`). */
async function fileFields(connection: DuckDBConnection, source: SqlFileSource, sql: CompiledSql): Promise<string[]> {
  const names = source.header !== undefined ? source.header.map((name) => name.trim()) : await describedColumns(connection, source);
  const known = new Set<string>(sqlColumns(sql.schema).fields);
  const shape = rowShape(sql.schema);
  const fields: string[] = [];
  for (const name of names) {
    const field = canonicalFieldName(shape, name, (other) => names.includes(other));
    if (known.has(field) && !fields.includes(field)) fields.push(field);
  }
  return fields;
}

async function describedColumns(connection: DuckDBConnection, source: SqlFileSource): Promise<string[]> {
  const describe = fileColumnsSql(source);
  const reader = await connection.runAndReadAll(describe.text, [...describe.params]);
  return reader.getRowObjects().map((row) => String(row.column_name));
}

function keepFileFields(rows: readonly Row[], fields: readonly string[]): Row[] {
  return rows.map((row) => {
    const kept: Record<string, Row[string]> = {};
    for (const name of fields) kept[name] = row[name] ?? null;
    return kept;
  });
}
