import { COUNT_FIELDS, SQL_INTERNAL_COLUMNS, LICENSE_ACTIVE_ALIAS, SQL_ROW_FIELDS, TEXT_FIELDS, q } from './columns.js';
import type { DialectSql } from './dialect.js';
import { quoteIdentifier, quoteQualifiedName } from './identifiers.js';
import type { SqlParameters } from './parameters.js';
import { SqlOptionsError } from './sql-options-error.js';
import type { SqlFileSource, SqlDialect, SqlSource, SqlTableSource } from './types.js';

/**
 * A source as SQL: `rows` turns it into normalised rows, the twelve response fields (text as
 * text, counts as exact integers, `processedDateTime` as text) and `pcaq_ordinal`, the row's
 * place in the input; `processedDates` reads only `processedDateTime` (as text), to find the
 * latest day without numbering rows. Numbered rows are read once: a statement that read them
 * twice would make DuckDB hold every row (a CTE with a window function is materialised; measured
 * 2.1 GB peak for 10M CSV rows, against 250 MB when the dates are read separately).
 */
export interface SourceSql {
  readonly rows: string;
  readonly processedDates: string;
}

/**
 * The SQL of a source (see {@link SourceSql}).
 *
 * @throws SqlOptionsError for a file source with the PostgreSQL dialect, or an invalid table or ordinal name.
 */
export function sourceSql(source: SqlSource, dialect: SqlDialect, sql: DialectSql, params: SqlParameters, skipBadRows: boolean): SourceSql {
  const resolved: SqlTableSource | SqlFileSource = typeof source === 'string' ? { kind: 'table', name: source } : source;
  if (resolved.kind === 'table') return tableSql(resolved, sql);
  if (dialect !== 'duckdb') throw new SqlOptionsError('source', `reading files directly needs DuckDB; load '${resolved.path}' into a table for ${dialect}`);
  return fileSql(resolved, sql, params, skipBadRows);
}

/** Select lists get one item per line, so the SQL reads well where `pcaq sql` prints it. */
const LIST = ',\n         ';
const PROCESSED = q('processedDateTime');

/** A table is trusted to have the response's columns with sensible types; they are only cast. */
function tableSql(source: SqlTableSource, sql: DialectSql): SourceSql {
  const table = quoteQualifiedName(source.name, 'source.name');
  const processed = `CAST(${PROCESSED} AS ${sql.text}) AS ${PROCESSED}`;
  const columns = [
    ...TEXT_FIELDS.map((name) => `CAST(${q(name)} AS ${sql.text}) AS ${q(name)}`),
    ...COUNT_FIELDS.map((name) => `CAST(${q(name)} AS ${sql.exactInteger}) AS ${q(name)}`),
    processed,
    `${source.ordinal === undefined ? sql.implicitOrdinal : quoteIdentifier(source.ordinal, 'source.ordinal')} AS ${q(SQL_INTERNAL_COLUMNS.ordinal)}`,
  ];
  return { rows: `SELECT ${columns.join(LIST)}\n  FROM ${table}`, processedDates: `SELECT ${processed} FROM ${table}` };
}

/**
 * A file read by DuckDB with the SPEC's input tolerance where DuckDB allows it: a BOM is skipped
 * by its readers; columns the file lacks read as NULL; `licenseActive` is read as
 * `licensesActive`; counts given as digits (text or numbers) are read exactly and anything else
 * stops the query with an error naming the value (or drops the row, with `skipBadRows`).
 */
function fileSql(source: SqlFileSource, sql: DialectSql, params: SqlParameters, skipBadRows: boolean): SourceSql {
  const raw = rawFileRead(source, params.add(source.path));
  // First every field as text (the alias folded in), then the counts read from that text.
  const asText = SQL_ROW_FIELDS.map((name) =>
    name === 'licensesActive'
      ? `CAST(COALESCE(${q(name)}, ${q(LICENSE_ACTIVE_ALIAS)}) AS ${sql.text}) AS ${q(name)}`
      : `CAST(${q(name)} AS ${sql.text}) AS ${q(name)}`,
  );
  const text = `(\n    SELECT ${asText.join(`${LIST}  `)}\n    FROM (${raw}) AS ${q('pcaq_raw')}\n  ) AS ${q('pcaq_text')}`;
  const columns = [
    ...TEXT_FIELDS.map(q),
    ...COUNT_FIELDS.map((name) => `${countValue(name, q(name), sql)} AS ${q(name)}`),
    PROCESSED,
    // DuckDB keeps a scan's insertion order (preserve_insertion_order, on by default), so
    // row_number() over the unordered scan numbers rows in file order.
    `row_number() OVER () AS ${q(SQL_INTERNAL_COLUMNS.ordinal)}`,
  ];
  const where = skipBadRows ? `\n  WHERE ${COUNT_FIELDS.map((name) => countIsValid(q(name), sql)).join(' AND ')}` : '';
  return {
    rows: `SELECT ${columns.join(LIST)}\n  FROM ${text}${where}`,
    processedDates: `SELECT ${PROCESSED}\n  FROM ${text}${where}`,
  };
}

/** Every column a row may have, including the alias; files read with them all present. */
const FILE_COLUMNS = [...SQL_ROW_FIELDS, LICENSE_ACTIVE_ALIAS];

function rawFileRead(source: SqlFileSource, path: string): string {
  switch (source.format) {
    case 'csv':
      return withAllColumns(csvRead(path));
    case 'parquet':
      return withAllColumns(`SELECT * FROM read_parquet(${path})`);
    case 'json':
    case 'ndjson':
      return jsonRead(source, path);
  }
}

/** Every column as text: GUIDs, codes and dates must stay exactly as written. */
function csvRead(path: string): string {
  return `SELECT * FROM read_csv(${path}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`;
}

/** A response body is one JSON object; DuckDB's default cap (16 MB) is far too small for one. */
const MAX_OBJECT_SIZE = 2_147_483_647;

/**
 * Columns a CSV or Parquet file lacks are added as NULL: `UNION ALL BY NAME` with an empty
 * SELECT naming them all keeps the file's own columns and types and appends the missing ones.
 */
function withAllColumns(read: string): string {
  const frame = FILE_COLUMNS.map((name) => `NULL AS ${q(name)}`).join(', ');
  return `${read} UNION ALL BY NAME SELECT ${frame} WHERE false`;
}

/**
 * JSON is read with its columns named (text, so counts past 2^63 keep their digits and dates are
 * not turned into timestamps); keys a row lacks read as NULL. A response body is one object,
 * read whole (`unstructured`) and unnested.
 */
function jsonRead(source: SqlFileSource, path: string): string {
  const struct = FILE_COLUMNS.map((name) => `${q(name)} VARCHAR`).join(', ');
  if (source.envelope !== undefined) {
    const envelope = q(source.envelope);
    return `SELECT unnest(${envelope}, max_depth := 2) FROM read_json(${path}, format = 'unstructured', maximum_object_size = ${MAX_OBJECT_SIZE}, columns = {${stringLiteral(source.envelope)}: 'STRUCT(${struct})[]'})`;
  }
  const columns = FILE_COLUMNS.map((name) => `${stringLiteral(name)}: 'VARCHAR'`).join(', ');
  const format = source.format === 'ndjson' ? 'newline_delimited' : 'array';
  return `SELECT * FROM read_json(${path}, format = '${format}', columns = {${columns}})`;
}

/**
 * A statement listing the columns a file has, in its order (`DESCRIBE`, column `column_name`),
 * read with DuckDB's own type detection and nothing added: what an engine needs to return plain
 * rows with the file's fields only, as the readers do.
 *
 * @example
 * ```ts
 * fileColumnsSql({ kind: 'file', path: 'usage.csv', format: 'csv' });
 * // { text: "DESCRIBE SELECT * FROM read_csv($1, ...)", params: ['usage.csv'] }
 * ```
 */
export function fileColumnsSql(source: SqlFileSource): { readonly text: string; readonly params: readonly string[] } {
  const path = '$1';
  let read: string;
  if (source.format === 'csv') read = csvRead(path);
  else if (source.format === 'parquet') read = `SELECT * FROM read_parquet(${path})`;
  else if (source.envelope !== undefined) {
    read = `SELECT unnest(${q(source.envelope)}, max_depth := 2) FROM read_json(${path}, format = 'unstructured', maximum_object_size = ${MAX_OBJECT_SIZE})`;
  } else read = `SELECT * FROM read_json(${path}, format = '${source.format === 'ndjson' ? 'newline_delimited' : 'array'}')`;
  return { text: `DESCRIBE ${read}`, params: [source.path] };
}

/** A constant of pcaq's own (a field name), never user input, as an SQL string literal. */
function stringLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A count read from text: NULL when empty, the exact integer for digits, else an error. */
function countValue(name: string, text: string, sql: DialectSql): string {
  const trimmed = `trim(${text})`;
  return (
    `CASE WHEN ${text} IS NULL OR ${text} = '' THEN NULL ` +
    `WHEN ${sql.isDigits(trimmed)} THEN CAST(${trimmed} AS ${sql.exactInteger}) ` +
    `ELSE error(${stringLiteral(`pcaq: ${name} is not a non-negative integer: `)} || ${text}) END`
  );
}

function countIsValid(text: string, sql: DialectSql): string {
  return `(${text} IS NULL OR ${text} = '' OR ${sql.isDigits(`trim(${text})`)})`;
}
