import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { LICENSE_USAGE_PATH, type Query } from '@pcaq/core';
import type { EvaluationOutcome, Row } from '@pcaq/evaluator';
import { resolveQuery } from '@pcaq/linter';
import type { ReadProblem } from '@pcaq/readers';
import { compileSql, csvHeaderSql, fileColumnsSql, SQL_ROW_FIELDS, type CompiledSql, type SqlFileFormat, type SqlFileSource } from '@pcaq/sql';
import { runSqlOnDuckDb } from './duckdb.js';
import { EngineError, engineErrorOf } from './engine-error.js';
import { fileFormatOf, fileSourceOf } from './file-source.js';
import { nextLinkOf } from './next-link.js';
import { checkWithReaders } from './reader-check.js';
import { utf8FileFor, type FileEncoding } from './utf8-copy.js';

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
 * Evaluates a query over a CSV, JSON, NDJSON or Parquet file with embedded DuckDB: DuckDB reads
 * the file itself and only the page's rows come back into JavaScript, so files far larger than
 * memory work. The answer is the evaluator's (`@pcaq/evaluator`'s `EvaluationOutcome`): same
 * rows in the same order, same `totalCount` and `nextLink`. Plain rows hold the response fields
 * the file has, in the file's order (other columns are not returned).
 *
 * Bad files are reported as the js engine reports them (docs/engines.md, "Reading files
 * strictly"): DuckDB reads strictly, and when it refuses a file (or drops rows with
 * `skipBadRows`), `@pcaq/readers` reads it to say where, so the message is the readers'
 * `file:line:column: message`.
 *
 * A query with errors gives `ok: false` and its diagnostics (the file is not read).
 *
 * @throws EngineError for a file that cannot be read or bad data (a malformed record, bytes that
 *   are not in the encoding, a count that is not a non-negative integer without `skipBadRows`);
 *   its message names the file, line and column.
 * @example
 * ```ts
 * const outcome = await evaluateFileWithDuckDb('usage.parquet', { groupby: 'customerTenantId,workloadCode', top: 100 });
 * if (outcome.ok) console.log(outcome.value, outcome.totalCount, outcome.nextLink);
 * ```
 */
export async function evaluateFileWithDuckDb(path: string, query: Query, options: DuckDbFileOptions = {}): Promise<EvaluationOutcome> {
  // Check the query before touching the file: a bad query is diagnostics, not an I/O error.
  const checked = resolveQuery(query);
  if (checked.query === undefined) return { ok: false, diagnostics: checked.diagnostics };
  const format = fileFormatOf(path, options.inputFormat);
  const check = readerCheck(path, format, options);
  // The start of the file (a CSV header, a JSON envelope, the first row) as the readers see it:
  // what they refuse there is refused with their message before DuckDB starts.
  if (check !== undefined) await throwIfStopped(check({ firstRowOnly: true }));
  const described = await fileSourceOf(path, format, options.encoding);
  const file = await utf8FileFor(path, described.format, options.encoding);
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
    if (!sql.ok) return sql;
    const value = await runPage(connection, sql, withHeader);
    const nextLink = nextLinkOf(query, sql.query, value.totalCount, options.basePath ?? LICENSE_USAGE_PATH, options.all ?? false);
    if (sql.badRowsText !== undefined) await reportSkipped(connection, sql, path, check, options.onSkip);
    return { ok: true, diagnostics: sql.diagnostics, value: value.rows, totalCount: value.totalCount, nextLink };
  } catch (error) {
    if (error instanceof EngineError) throw error;
    if (check === undefined) throw engineErrorOf(error, path);
    return await explain(error, path, check);
  } finally {
    if (owned !== undefined) {
      connection.closeSync();
      owned.closeSync();
    }
    await file.dispose();
  }
}

type Check = (extra?: { readonly firstRowOnly?: boolean }) => ReturnType<typeof checkWithReaders>;

/** The readers' check of this file (none for Parquet, which the readers do not read). */
function readerCheck(path: string, format: SqlFileFormat, options: DuckDbFileOptions): Check | undefined {
  if (format === 'parquet') return undefined;
  return (extra = {}) =>
    checkWithReaders(path, {
      format,
      skipBadRows: options.skipBadRows ?? false,
      ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
      ...extra,
    });
}

async function throwIfStopped(verdict: ReturnType<Check>): Promise<void> {
  const { stopped } = await verdict;
  if (stopped !== undefined) throw new EngineError(stopped.message, { cause: stopped, problem: stopped.problem });
}

/** The result page, rows shaped as the file's fields when plain. */
async function runPage(connection: DuckDBConnection, sql: CompiledSql, source: SqlFileSource): Promise<{ rows: Row[]; totalCount: number }> {
  const page = await runSqlOnDuckDb(connection, sql);
  const grouped = sql.query.groupby !== undefined && sql.query.groupby.length > 0;
  const rows = grouped ? page.rows : keepFileFields(page.rows, await fileFields(connection, source));
  return { rows, totalCount: page.totalCount };
}

/**
 * DuckDB refused the file: the readers say where (the same message as the js engine's). If they
 * find nothing, DuckDB's own first line is reported; if they could skip what DuckDB refused (a
 * ragged CSV record with `skipBadRows`), the engines would differ, so the run is refused.
 */
async function explain(error: unknown, path: string, check: Check): Promise<never> {
  const verdict = await check();
  if (verdict.stopped !== undefined) throw new EngineError(verdict.stopped.message, { cause: error, problem: verdict.stopped.problem });
  const first = verdict.skipped[0];
  if (first !== undefined) {
    throw new EngineError(`${formatted(first)} (the duckdb engine cannot skip a malformed record; use --engine js)`, { cause: error, problem: first });
  }
  throw engineErrorOf(error, path);
}

function formatted(problem: ReadProblem): string {
  return `${problem.file}:${problem.column === undefined ? problem.line : `${problem.line}:${problem.column}`}: ${problem.message}`;
}

/**
 * With `skipBadRows`: DuckDB dropped rows whose counts are bad; the readers say which, so the
 * report lists the same lines as the js engine's. The two counts must agree.
 */
async function reportSkipped(connection: DuckDBConnection, sql: CompiledSql, path: string, check: Check | undefined, onSkip: DuckDbFileOptions['onSkip']): Promise<void> {
  const reader = await connection.runAndReadAll(sql.badRowsText!, [sql.params[0] as string]);
  const dropped = Number(reader.getRows()[0]?.[0] ?? 0);
  if (dropped === 0 || check === undefined) return;
  const verdict = await check();
  if (verdict.stopped !== undefined) throw new EngineError(verdict.stopped.message, { problem: verdict.stopped.problem });
  if (verdict.skipped.length !== dropped) {
    throw new EngineError(`${path}: the duckdb engine dropped ${dropped} rows with bad counts but the readers skip ${verdict.skipped.length}; use --engine js`);
  }
  for (const problem of verdict.skipped) onSkip?.(problem);
}

/** The header line of a CSV file as written (empty for an empty file). */
async function csvHeader(connection: DuckDBConnection, path: string): Promise<string[]> {
  const statement = csvHeaderSql(path);
  const reader = await connection.runAndReadAll(statement.text, [...statement.params]);
  const first = reader.getRows()[0];
  return first === undefined ? [] : first.map((cell) => (cell === null ? '' : String(cell)));
}

/** The response fields the file has, in its order (`licenseActive` read as `licensesActive`). */
async function fileFields(connection: DuckDBConnection, source: SqlFileSource): Promise<string[]> {
  const names = source.header !== undefined ? source.header.map((name) => name.trim()) : await describedColumns(connection, source);
  const known = new Set<string>(SQL_ROW_FIELDS);
  const fields: string[] = [];
  for (const name of names) {
    const field = name === 'licenseActive' && !names.includes('licensesActive') ? 'licensesActive' : name;
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
