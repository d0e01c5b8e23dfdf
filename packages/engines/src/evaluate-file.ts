import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { LICENSE_USAGE_PATH, type Query } from '@pcaq/core';
import type { EvaluationOutcome, Row } from '@pcaq/evaluator';
import { resolveQuery } from '@pcaq/linter';
import { compileSql, fileColumnsSql, SQL_ROW_FIELDS, type SqlFileFormat, type SqlFileSource } from '@pcaq/sql';
import { runSqlOnDuckDb } from './duckdb.js';
import { engineErrorOf } from './engine-error.js';
import { fileSourceOf } from './file-source.js';
import { nextLinkOf } from './next-link.js';

/**
 * Options of {@link evaluateFileWithDuckDb}; they mirror `pcaq eval`'s.
 *
 * @example
 * ```ts
 * const options: DuckDbFileOptions = { inputFormat: 'csv', caseSensitive: false, all: false, skipBadRows: true };
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
  /** Drop rows whose counts are not non-negative integers instead of failing. */
  readonly skipBadRows?: boolean;
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
 * A query with errors gives `ok: false` and its diagnostics (the file is not read).
 *
 * @throws EngineError for a file that cannot be read or bad data (a count that is not a
 *   non-negative integer, without `skipBadRows`); its message names the file.
 * @example
 * ```ts
 * const outcome = await evaluateFileWithDuckDb('usage.parquet', { groupby: 'customerTenantId,workloadCode', top: 100 });
 * if (outcome.ok) console.log(outcome.value, outcome.totalCount, outcome.nextLink);
 * ```
 */
export async function evaluateFileWithDuckDb(path: string, query: Query, options: DuckDbFileOptions = {}): Promise<EvaluationOutcome> {
  const all = options.all ?? false;
  // Check the query before touching the file: a bad query is diagnostics, not an I/O error.
  const checked = resolveQuery(query);
  if (checked.query === undefined) return { ok: false, diagnostics: checked.diagnostics };
  const source = await fileSourceOf(path, options.inputFormat);
  const sql = compileSql(query, {
    dialect: 'duckdb',
    source,
    all,
    caseSensitive: options.caseSensitive ?? false,
    skipBadRows: options.skipBadRows ?? false,
  });
  if (!sql.ok) return sql;

  const owned = options.connection === undefined ? await DuckDBInstance.create(':memory:') : undefined;
  const connection = options.connection ?? (await owned!.connect());
  try {
    const page = await runSqlOnDuckDb(connection, sql);
    const grouped = sql.query.groupby !== undefined && sql.query.groupby.length > 0;
    const value = grouped ? page.rows : keepFileFields(page.rows, await fileFields(connection, source));
    const nextLink = nextLinkOf(query, sql.query, page.totalCount, options.basePath ?? LICENSE_USAGE_PATH, all);
    return { ok: true, diagnostics: sql.diagnostics, value, totalCount: page.totalCount, nextLink };
  } catch (error) {
    throw engineErrorOf(error, path);
  } finally {
    if (owned !== undefined) {
      connection.closeSync();
      owned.closeSync();
    }
  }
}

/** The response fields the file has, in its order (`licenseActive` read as `licensesActive`). */
async function fileFields(connection: DuckDBConnection, source: SqlFileSource): Promise<string[]> {
  const describe = fileColumnsSql(source);
  const reader = await connection.runAndReadAll(describe.text, [...describe.params]);
  const names = reader.getRowObjects().map((row) => String(row.column_name));
  const known = new Set<string>(SQL_ROW_FIELDS);
  const fields: string[] = [];
  for (const name of names) {
    const field = name === 'licenseActive' && !names.includes('licensesActive') ? 'licensesActive' : name;
    if (known.has(field) && !fields.includes(field)) fields.push(field);
  }
  return fields;
}

function keepFileFields(rows: readonly Row[], fields: readonly string[]): Row[] {
  return rows.map((row) => {
    const kept: Record<string, Row[string]> = {};
    for (const name of fields) kept[name] = row[name] ?? null;
    return kept;
  });
}
