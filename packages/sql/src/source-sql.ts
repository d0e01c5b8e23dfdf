import { quoteLiteral, type Schema } from '@pcaq/core';
import { PROCESSED_DATE_TIME, SQL_INTERNAL_COLUMNS, q, sqlColumns, type SqlColumns } from './columns.js';
import { DIALECTS, type DialectSql } from './dialect.js';
import { quoteIdentifier, quoteQualifiedName } from './identifiers.js';
import { SqlParameters } from './parameters.js';
import { SqlOptionsError } from './sql-options-error.js';
import type { SqlFileSource, SqlDialect, SqlSource, SqlTableSource } from './types.js';

/**
 * A source as SQL: `rows` turns it into normalised rows, the schema's fields (text as text,
 * counts as exact integers, `processedDateTime` as text) and `pcaq_ordinal`, the row's
 * place in the input; `processedDates` reads only `processedDateTime` (as text), to find the
 * latest day without numbering rows. Numbered rows are read once: a statement that read them
 * twice would make DuckDB hold every row (a CTE with a window function is materialised; measured
 * 2.1 GB peak for 10M CSV rows, against 250 MB when the dates are read separately).
 */
export interface SourceSql {
  readonly rows: string;
  readonly processedDates: string;
  /** With `skipBadRows` over a file: SQL counting the rows dropped for a bad count. */
  readonly badRows?: string;
}

/**
 * The SQL of a source (see {@link SourceSql}).
 *
 * @throws SqlOptionsError for a file source with the PostgreSQL dialect, or an invalid table or ordinal name.
 */
export function sourceSql(source: SqlSource, dialect: SqlDialect, sql: DialectSql, params: SqlParameters, skipBadRows: boolean, columns: SqlColumns): SourceSql {
  const resolved: SqlTableSource | SqlFileSource = typeof source === 'string' ? { kind: 'table', name: source } : source;
  if (resolved.kind === 'table') return tableSql(resolved, sql, columns);
  if (dialect !== 'duckdb') throw new SqlOptionsError('source', `reading files directly needs DuckDB; load '${resolved.path}' into a table for ${dialect}`);
  return fileSql(resolved, sql, params, skipBadRows, columns);
}

/** Select lists get one item per line, so the SQL reads well where `pcaq sql` prints it. */
const LIST = ',\n         ';
const PROCESSED = q(PROCESSED_DATE_TIME);

/** A table is trusted to have the schema's columns with sensible types; they are only cast. */
function tableSql(source: SqlTableSource, sql: DialectSql, fields: SqlColumns): SourceSql {
  const table = quoteQualifiedName(source.name, 'source.name');
  const processed = `CAST(${PROCESSED} AS ${sql.text}) AS ${PROCESSED}`;
  const columns = [
    ...fields.fields.map((name) =>
      fields.readCounts.includes(name) ? `CAST(${q(name)} AS ${sql.exactInteger}) AS ${q(name)}` : `${typedText(name, `CAST(${q(name)} AS ${sql.text})`, fields)} AS ${q(name)}`,
    ),
    `${source.ordinal === undefined ? sql.implicitOrdinal : quoteIdentifier(source.ordinal, 'source.ordinal')} AS ${q(SQL_INTERNAL_COLUMNS.ordinal)}`,
  ];
  return { rows: `SELECT ${columns.join(LIST)}\n  FROM ${table}`, processedDates: `SELECT ${processed} FROM ${table}` };
}

/**
 * A file read by DuckDB with the input tolerance of docs/engines.md, "DuckDB over files: input tolerance": a BOM is skipped
 * by its CSV reader (`@pcaq/engines` hands JSON over without one); columns the file lacks read as
 * NULL; `licenseActive` is read as `licensesActive`; counts given as digits (text or numbers) are
 * read exactly and anything else stops the query with an error naming the value (or drops the
 * row, with `skipBadRows`). Files are read strictly (docs/engines.md, "Reading files strictly").
 */
function fileSql(source: SqlFileSource, sql: DialectSql, params: SqlParameters, skipBadRows: boolean, fields: SqlColumns): SourceSql {
  const raw = rawFileRead(source, params.add(source.path), fields);
  const isJson = source.format === 'json' || source.format === 'ndjson';
  // First every field as text (its aliases folded in), then the counts read from that text.
  const asText = fields.fields.map((name) => {
    const aliases = fields.aliasesOf.get(name) ?? [];
    const column = aliases.length > 0 ? `COALESCE(${[name, ...aliases].map(q).join(', ')})` : q(name);
    const isCount = fields.readCounts.includes(name);
    return `${isJson && isCount ? jsonCountText(column) : typedText(name, `CAST(${column} AS ${sql.text})`, fields)} AS ${q(name)}`;
  });
  const text = `(\n    SELECT ${asText.join(`${LIST}  `)}\n    FROM (${raw}) AS ${q('pcaq_raw')}\n  ) AS ${q('pcaq_text')}`;
  const columns = [
    ...fields.fields.map((name) => (fields.readCounts.includes(name) ? `${countValue(name, q(name), sql)} AS ${q(name)}` : q(name))),
    // DuckDB keeps a scan's insertion order (preserve_insertion_order, on by default), so
    // row_number() over the unordered scan numbers rows in file order.
    `row_number() OVER () AS ${q(SQL_INTERNAL_COLUMNS.ordinal)}`,
  ];
  const valid = fields.readCounts.length === 0 ? 'true' : fields.readCounts.map((name) => countIsValid(q(name))).join(' AND ');
  const where = skipBadRows ? `\n  WHERE ${valid}` : '';
  return {
    rows: `SELECT ${columns.join(LIST)}\n  FROM ${text}${where}`,
    processedDates: `SELECT ${PROCESSED}\n  FROM ${text}${where}`,
    ...(skipBadRows ? { badRows: `SELECT count(*) FROM ${text}\n  WHERE NOT (${valid})` } : {}),
  };
}

/**
 * A text column read by the schema's kinds, as the readers read it (docs/evaluation.md, "Rows"):
 * on a boolean field `true`/`false` in any case become lower case (returned as booleans by
 * `@pcaq/engines`), a field's "no value" spelling (`0001-01-01T00:00:00`) becomes NULL; other
 * columns are left as they are.
 */
function typedText(name: string, text: string, fields: SqlColumns): string {
  const none = fields.nullValues.get(name);
  const withoutNone = none === undefined ? text : `CASE WHEN ${text} IN (${[...none].map(stringLiteral).join(', ')}) THEN NULL ELSE ${text} END`;
  return fields.booleans.has(name) ? `CASE WHEN lower(${withoutNone}) IN ('true', 'false') THEN lower(${withoutNone}) ELSE ${withoutNone} END` : withoutNone;
}

/**
 * A file as read, before any field is normalised: every column a row may have (the fields and
 * their aliases: `fields.fileColumns`) present, NULL where the file lacks it.
 */
function rawFileRead(source: SqlFileSource, path: string, fields: SqlColumns): string {
  switch (source.format) {
    case 'csv':
      return source.header === undefined ? withAllColumns(csvRead(path), fields) : csvByPosition(path, source.header, fields);
    case 'parquet':
      return parquetDatesAsText(withAllColumns(`SELECT * FROM read_parquet(${path})`, fields), fields);
    case 'json':
    case 'ndjson':
      return jsonRead(source, path, fields);
  }
}

/**
 * A Parquet file may type a date-time column as DATE or TIMESTAMP, which DuckDB writes as
 * `2018-10-14 00:00:00`; the service, the other formats and the in-memory engine write
 * `2018-10-14T00:00:00` (docs/engines.md, "DuckDB over files"). Each date-time field is written in
 * that form, with the fraction of a second only when it has one; a column of text is kept as it is.
 */
function parquetDatesAsText(read: string, fields: SqlColumns): string {
  const dates = fields.fileColumns.filter((name) => fields.dates.has(name));
  if (dates.length === 0) return read;
  const asText = (name: string): string => {
    const column = q(name);
    const instant = `TRY_CAST(${column} AS TIMESTAMP)`;
    return (
      `CASE WHEN typeof(${column}) IN ('DATE', 'TIMESTAMP', 'TIMESTAMP_S', 'TIMESTAMP_MS', 'TIMESTAMP_NS') ` +
      `THEN CASE WHEN microsecond(${instant}) % 1000000 = 0 THEN strftime(${instant}, '%Y-%m-%dT%H:%M:%S') ELSE strftime(${instant}, '%Y-%m-%dT%H:%M:%S.%f') END ` +
      `ELSE CAST(${column} AS VARCHAR) END AS ${column}`
    );
  };
  return `SELECT * REPLACE (${dates.map(asText).join(', ')}) FROM (${read})`;
}

/**
 * The CSV options every read uses: every column as text (GUIDs, codes and dates must stay exactly
 * as written), RFC 4180 quoting, and strict: a record with too many or too few cells, a stray quote
 * or bytes that are not UTF-8 stop the read (`strict_mode`, no `null_padding`, no
 * `ignore_errors`), and `skip = 0` keeps DuckDB's sniffer from taking a later line for the header
 * (it skipped the header of a file with a ragged row and returned no rows at all).
 */
const CSV_OPTIONS = `all_varchar = true, delim = ',', quote = '"', escape = '"', strict_mode = true, null_padding = false, skip = 0`;

function csvRead(path: string): string {
  return `SELECT * FROM read_csv(${path}, header = true, ${CSV_OPTIONS})`;
}

/**
 * A CSV file whose header is known: its columns are renamed by position (`c1`, `c2`, ...) and each
 * response field taken from the column the header names exactly (names trimmed; the last one when
 * a name repeats), as `@pcaq/readers` reads it. DuckDB would otherwise match names ignoring case
 * and rename a repeated one, so its columns could differ from the readers'.
 */
function csvByPosition(path: string, header: readonly string[], fields: SqlColumns): string {
  const frame = (pick: (name: string) => string): string => fields.fileColumns.map((name) => `${pick(name)} AS ${q(name)}`).join(', ');
  if (header.length === 0) return `SELECT ${frame(() => 'NULL')} WHERE false`;
  const trimmed = header.map((name) => name.trim());
  const names = trimmed.map((_, i) => `'c${i + 1}'`).join(', ');
  const pick = (name: string): string => {
    const at = trimmed.lastIndexOf(name);
    return at < 0 ? 'NULL' : q(`c${at + 1}`);
  };
  return `SELECT ${frame(pick)} FROM read_csv(${path}, header = true, names = [${names}], ${CSV_OPTIONS})`;
}

/**
 * DuckDB's `maximum_object_size` for a response body, which it reads as one object: its default
 * (16 MB) is too small for one, and its largest (2 GiB) makes it reserve buffers a memory-capped
 * DuckDB cannot have, so the limit is the file's size with room to spare when that is known.
 */
function maxObjectSize(source: SqlFileSource): number {
  const largest = 2_147_483_647;
  return source.bytes === undefined ? largest : Math.min(largest, Math.max(16 * 1024 * 1024, source.bytes + 1024 * 1024));
}

/**
 * Columns a CSV or Parquet file lacks are added as NULL: `UNION ALL BY NAME` with an empty
 * SELECT naming them all keeps the file's own columns and types and appends the missing ones.
 */
function withAllColumns(read: string, fields: SqlColumns): string {
  const frame = fields.fileColumns.map((name) => `NULL AS ${q(name)}`).join(', ');
  return `${read} UNION ALL BY NAME SELECT ${frame} WHERE false`;
}

/**
 * JSON is read with its columns named, so DuckDB never guesses a schema (its detection recursed
 * into a value nested 50,000 deep and crashed): text fields as text (dates are not turned into
 * timestamps), counts as JSON, so a number and a string of digits can be told apart (see
 * {@link jsonCountText}); keys a row lacks read as NULL. A response body is one object, read
 * whole (`unstructured`) and unnested.
 */
function jsonRead(source: SqlFileSource, path: string, fields: SqlColumns): string {
  const countSpellings = new Set(fields.readCounts.flatMap((name) => [name, ...(fields.aliasesOf.get(name) ?? [])]));
  const typeOf = (name: string): string => (countSpellings.has(name) ? 'JSON' : 'VARCHAR');
  if (source.envelope !== undefined) {
    const envelope = q(source.envelope);
    const struct = fields.fileColumns.map((name) => `${q(name)} ${typeOf(name)}`).join(', ');
    return `SELECT unnest(${envelope}, max_depth := 2) FROM read_json(${path}, format = 'unstructured', maximum_object_size = ${maxObjectSize(source)}, columns = {${stringLiteral(source.envelope)}: 'STRUCT(${struct})[]'})`;
  }
  const columns = fields.fileColumns.map((name) => `${stringLiteral(name)}: '${typeOf(name)}'`).join(', ');
  const format = source.format === 'ndjson' ? 'newline_delimited' : 'array';
  return `SELECT * FROM read_json(${path}, format = '${format}', columns = {${columns}})`;
}

/**
 * A JSON count as text, read as the readers read it (docs/engines.md, "DuckDB over files"): a
 * string is its text (then checked as digits, like a CSV cell); a number written in digits keeps
 * them exactly (past 2^53 too); a number with a fraction or an exponent (`1e3`, `1.0`), `true`, an
 * object, `-1` become text that is not digits, hence a bad count (docs/evaluation.md: a count is
 * written in digits).
 */
function jsonCountText(column: string): string {
  return (
    `CASE json_type(${column}) WHEN 'NULL' THEN NULL ` +
    `WHEN 'VARCHAR' THEN ${column}->>'$' ` +
    `WHEN 'DOUBLE' THEN CASE WHEN regexp_full_match(${column}->>'$', '[0-9]+') THEN ${column}->>'$' ` +
    `ELSE 'not a count: ' || (${column}->>'$') END ` +
    `ELSE CAST(${column} AS VARCHAR) END`
  );
}

/**
 * A statement listing the columns a file has, in its order (column `column_name`), without
 * letting DuckDB guess types: what an engine needs to return plain rows with the file's fields
 * only, as the readers do. JSON: every top-level key of every row, in order of first appearance;
 * CSV and Parquet: the columns DuckDB reads (for CSV, {@link csvHeaderSql} gives the header as written).
 *
 * @example
 * ```ts
 * fileColumnsSql({ kind: 'file', path: 'usage.ndjson', format: 'ndjson' });
 * // { text: "SELECT k AS column_name FROM (... json_keys(json) ...)", params: ['usage.ndjson'] }
 * ```
 */
export function fileColumnsSql(source: SqlFileSource): { readonly text: string; readonly params: readonly string[] } {
  const path = '$1';
  if (source.format === 'csv') return { text: `DESCRIBE ${csvRead(path)}`, params: [source.path] };
  if (source.format === 'parquet') return { text: `DESCRIBE SELECT * FROM read_parquet(${path})`, params: [source.path] };
  const objects =
    source.envelope !== undefined
      ? `SELECT unnest(json_extract(json, ${stringLiteral(`$.${source.envelope}[*]`)})) AS json FROM read_json_objects(${path}, format = 'unstructured', maximum_object_size = ${maxObjectSize(source)})`
      : `SELECT json FROM read_json_objects(${path}, format = '${source.format === 'ndjson' ? 'newline_delimited' : 'array'}')`;
  return {
    // A key's place is its object's number, then its place in that object: numbering the objects
    // alone left the keys of one object tied, in no particular order (docs/engines.md, "Rows and columns from the schema").
    text:
      `SELECT k AS column_name FROM (SELECT unnest(keys) AS k, unnest(range(len(keys))) AS i, n FROM (SELECT json_keys(json) AS keys, row_number() OVER () AS n FROM (${objects})))` +
      ` GROUP BY k ORDER BY min(CAST(n AS HUGEINT) * 4294967296 + i)`,
    params: [source.path],
  };
}

/**
 * A statement whose one row holds the cells of a CSV file's first record (its header) as written,
 * in order: the header {@link SqlFileSource} takes. No row for an empty file.
 *
 * @example
 * ```ts
 * csvHeaderSql('usage.csv'); // { text: 'SELECT * FROM read_csv($1, header = false, ...) LIMIT 1', params: ['usage.csv'] }
 * ```
 */
export function csvHeaderSql(path: string): { readonly text: string; readonly params: readonly string[] } {
  return { text: `SELECT * FROM read_csv($1, header = false, ${CSV_OPTIONS}) LIMIT 1`, params: [path] };
}

/**
 * DuckDB SQL reading a file's rows exactly as `compileSql` reads a {@link SqlFileSource}: the
 * schema's fields (text as text, counts as exact integers, a bad count stops the statement with an
 * error naming it) and `pcaq_ordinal`, the row's place in the file. For a loader that keeps a
 * file's rows in a table (`@pcaq/engines`' `loadFilesIntoDuckDb`, used by `pcaq serve`), so its
 * answers equal those over the file (docs/engines.md, "Reading files strictly").
 *
 * @example
 * ```ts
 * const rows = fileRowsSql({ kind: 'file', path: 'usage.csv', format: 'csv' }, LICENSE_USAGE_SCHEMA);
 * `CREATE TABLE t AS ${rows.text}`; // rows.params: ['usage.csv']
 * ```
 */
export function fileRowsSql(source: SqlFileSource, schema: Schema): { readonly text: string; readonly params: readonly string[] } {
  const params = new SqlParameters();
  const { rows } = fileSql(source, DIALECTS.duckdb, params, false, sqlColumns(schema));
  return { text: rows, params: params.values.map(String) };
}

/**
 * A constant of pcaq's own (a field name from the schema, a JSON path), never user input, as an SQL
 * string literal: SQL writes a quote in a string by doubling it, as the filter language does, so
 * the one quoter of core serves (docs/engines.md, "Rows and columns from the schema").
 */
const stringLiteral = quoteLiteral;

/**
 * The whitespace `String.prototype.trim` removes, as a regular-expression class: a count cell may
 * be surrounded by it, as the readers allow (DuckDB's `trim` removes only spaces).
 */
const JS_WHITESPACE = '[\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]';

/** Digits with the whitespace the readers trim around them. */
const PADDED_DIGITS = `${JS_WHITESPACE}*[0-9]+${JS_WHITESPACE}*`;

/**
 * A count read from text: NULL when empty, the exact integer for digits (plain digits first, the
 * common case, one test; then digits with whitespace around them), else an error.
 */
function countValue(name: string, text: string, sql: DialectSql): string {
  return countCases(text, sql, `error(${stringLiteral(`pcaq: ${name} is not a non-negative integer: `)} || ${text})`);
}

function countCases(text: string, sql: DialectSql, otherwise: string): string {
  return (
    `CASE WHEN ${text} IS NULL OR ${text} = '' THEN NULL ` +
    `WHEN ${sql.isDigits(text)} THEN CAST(${text} AS ${sql.exactInteger}) ` +
    `WHEN regexp_full_match(${text}, '${PADDED_DIGITS}') THEN CAST(regexp_extract(${text}, '[0-9]+') AS ${sql.exactInteger}) ` +
    `ELSE ${otherwise} END`
  );
}

function countIsValid(text: string): string {
  return `(${text} IS NULL OR ${text} = '' OR regexp_full_match(${text}, '${PADDED_DIGITS}'))`;
}

/**
 * DuckDB SQL reading a count from the text expression `text` as every pcaq reader does
 * (docs/evaluation.md, "Counts"): `value` is the exact integer, NULL when the text is empty or
 * missing, and NULL too when it is not a count; `valid` is true unless it is not a count. For a
 * loader that reports bad counts itself (`pcaq serve` names the file and row) instead of stopping
 * on the first.
 *
 * @example
 * ```ts
 * const count = countFromTextSql('CAST("licensesActive" AS VARCHAR)');
 * `SELECT ${count.value} AS n, NOT ${count.valid} AS bad FROM t`;
 * ```
 */
export function countFromTextSql(text: string): { readonly value: string; readonly valid: string } {
  return { value: countCases(text, DIALECTS.duckdb, 'NULL'), valid: countIsValid(text) };
}
