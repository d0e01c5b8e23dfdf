import type { CheckedQuery, Diagnostic, Schema } from '@pcaq/core';

/**
 * The SQL dialects pcaq compiles to.
 *
 * @example
 * ```ts
 * const dialect: SqlDialect = 'postgres';
 * ```
 */
export type SqlDialect = 'duckdb' | 'postgres';

/**
 * A table (or view) holding license-usage rows, one column per response field.
 *
 * `name` is split on dots into schema and table (`analytics.license_usage`); give an array to
 * keep dots inside a part. Every part is quoted, so it is matched exactly, case included.
 * `ordinal` names a unique column that gives the rows' input order; without one, DuckDB uses
 * `rowid` (insertion order) and PostgreSQL `ctid` (physical order, which is the load order only
 * for a table that was appended to and never updated).
 *
 * @example
 * ```ts
 * const source: SqlTableSource = { kind: 'table', name: 'analytics.license_usage', ordinal: 'row_number' };
 * ```
 */
export interface SqlTableSource {
  readonly kind: 'table';
  readonly name: string | readonly string[];
  readonly ordinal?: string;
}

/**
 * The file formats DuckDB reads directly.
 *
 * @example
 * ```ts
 * const format: SqlFileFormat = 'parquet';
 * ```
 */
export type SqlFileFormat = 'csv' | 'json' | 'ndjson' | 'parquet';

/**
 * A file DuckDB reads itself (`read_csv`, `read_json`, `read_parquet`); DuckDB only. The path is
 * a bound parameter, never part of the SQL text. `envelope` says that a JSON file is a response
 * body `{ "Value": [...] }` (or `{ "value": [...] }`) rather than a bare array of rows.
 *
 * @example
 * ```ts
 * const source: SqlFileSource = { kind: 'file', path: 'usage.json', format: 'json', envelope: 'Value' };
 * ```
 */
export interface SqlFileSource {
  readonly kind: 'file';
  readonly path: string;
  readonly format: SqlFileFormat;
  readonly envelope?: 'Value' | 'value';
  /**
   * CSV only: the file's header as written (from `csvHeaderSql`). Given, each response field is
   * read from the column its name labels exactly, as `@pcaq/readers` reads it; without it DuckDB
   * matches names itself (ignoring case, renaming a repeated name).
   */
  readonly header?: readonly string[];
  /**
   * JSON response bodies: the file's size in bytes, when known. DuckDB reads a body as one object
   * and reserves buffers of its `maximum_object_size`, so the limit is sized to the file (at least
   * 16 MiB); unknown, it is DuckDB's largest, 2 GiB, which a memory-capped DuckDB cannot reserve.
   */
  readonly bytes?: number;
}

/**
 * Where the rows come from: a table name (a string is a table name), a {@link SqlTableSource} or,
 * for DuckDB, a {@link SqlFileSource}.
 *
 * @example
 * ```ts
 * const sources: SqlSource[] = ['license_usage', { kind: 'file', path: 'usage.csv', format: 'csv' }];
 * ```
 */
export type SqlSource = string | SqlTableSource | SqlFileSource;

/**
 * Options of `compileSql`.
 *
 * @example
 * ```ts
 * const options: CompileSqlOptions = { dialect: 'duckdb', source: 'license_usage', caseSensitive: true };
 * ```
 */
export interface CompileSqlOptions {
  readonly dialect: SqlDialect;
  readonly source: SqlSource;
  /** Compare text exactly instead of ignoring case (docs/evaluation.md, "Equality"); GUIDs ignore case either way. */
  readonly caseSensitive?: boolean;
  /** Return every row of the result: no `LIMIT`/`OFFSET` (the total count is still computed). */
  readonly all?: boolean;
  /** With a {@link SqlFileSource}: drop rows whose counts are not non-negative integers instead of failing. */
  readonly skipBadRows?: boolean;
}

/**
 * A value bound to a `$n` placeholder: text (filter literals, a file path, a day) or an integer
 * (`LIMIT`, `OFFSET`).
 *
 * @example
 * ```ts
 * const params: SqlParameter[] = ['reseller', 10000, 0];
 * ```
 */
export type SqlParameter = string | number;

/**
 * SQL ready to run: `text` with `$1`, `$2`, ... placeholders and `params[i]` bound to `$(i + 1)`.
 * The result has the columns in `columns` (response fields, in output order), then
 * `pcaq_ordinal` (the row's place; null on the single row an empty page returns) and
 * `pcaq_total` (the whole result's row count, on every row).
 *
 * @example
 * ```ts
 * declare const query: CompiledSql['query'];
 * const sql: CompiledSql = { text: `SELECT ... WHERE replace(lower("channel"), 'ς', 'σ') = replace(lower($1), 'ς', 'σ') ...`, params: ['Reseller'], columns: ['channel'], query, schema: LICENSE_USAGE_SCHEMA };
 * ```
 */
export interface CompiledSql {
  readonly text: string;
  readonly params: readonly SqlParameter[];
  /** The response fields the result rows hold, in order. */
  readonly columns: readonly string[];
  /** The checked query the SQL was compiled from. */
  readonly query: CheckedQuery;
  /** The schema the query was checked against (the query's own); its row shape says which result columns are counts. */
  readonly schema: Schema;
  /**
   * With `skipBadRows` over a file: a statement whose one value is how many rows were dropped for
   * a bad count. Its only parameter, `$1`, is the file's path (`params[0]`).
   */
  readonly badRowsText?: string;
}

/**
 * The answer of the umbrella package `pcaq`'s `compileSql`, which checks a text query first: the
 * SQL with any warnings about the query, or, for a query with errors, only the diagnostics (the
 * same shape its `compileQuery` returns). Check `ok`.
 *
 * @example
 * ```ts
 * import { compileSql } from 'pcaq';
 * const outcome: SqlOutcome = compileSql({ filter: "channel EQ 'x'" }, { dialect: 'duckdb', source: 't' });
 * if (!outcome.ok) console.log(outcome.diagnostics[0]?.code); // 'PCAQ0105'
 * ```
 */
export type SqlOutcome =
  | (CompiledSql & { readonly ok: true; readonly diagnostics: readonly Diagnostic[] })
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };
