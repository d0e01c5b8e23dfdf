import type { DuckDBConnection } from '@duckdb/node-api';
import type { CompiledSql, SqlFileSource } from '@pcaq/sql';

/**
 * A JSON row holding this many `[` and `{` may be nested deeper than the readers allow, and only
 * they can say (DuckDB reads any depth); real license rows hold none.
 */
const NESTING_CHECK_BRACKETS = 64;

/**
 * A quote where RFC 4180 allows none: inside a field that did not start with one (`S"PO`, `SPO"`),
 * or after a closing quote (`"SPO" ,`). DuckDB reads such fields leniently even in strict mode;
 * the readers (their CSV splitter) refuse them. A line of a quoted field spanning lines may match too:
 * that only sends the file to the readers.
 */
const STRAY_QUOTE = String.raw`(^|,)[^",\r\n]+"|[^,"]"[^,"\r\n]`;

/**
 * Whether the readers must answer instead of DuckDB (docs/engines.md, "Reading files strictly"):
 * with `skipBadRows`, when DuckDB would drop rows (the report lists their lines, which only the
 * readers know); for CSV, when a line holds a stray quote DuckDB would accept; for JSON, when a
 * row may be nested deeper than the readers allow. Each is one quick scan in DuckDB; real files
 * pass them.
 *
 * @example
 * ```ts
 * if (await needsReaders(connection, source, sql)) return answerWithReaders(...);
 * ```
 */
export async function needsReaders(connection: DuckDBConnection, source: SqlFileSource, sql: Pick<CompiledSql, 'params' | 'badRowsText'>): Promise<boolean> {
  const path = sql.params[0] as string;
  if (sql.badRowsText !== undefined && (await countOf(connection, sql.badRowsText, path)) > 0) return true;
  if (source.format === 'csv') return (await countOf(connection, strayQuotesSql(), path)) > 0;
  if (source.format === 'json' || source.format === 'ndjson') return (await countOf(connection, deepRowsSql(source), path)) > 0;
  return false;
}

async function countOf(connection: DuckDBConnection, text: string, path: string): Promise<number> {
  const reader = await connection.runAndReadAll(text, [path]);
  return Number(reader.getRows()[0]?.[0] ?? 0);
}

/** Lines holding a stray quote, the file read as plain lines (no quoting, never failing). */
function strayQuotesSql(): string {
  const lines = `read_csv($1, header = false, columns = {'line': 'VARCHAR'}, delim = chr(1), quote = '', escape = '', strict_mode = false, null_padding = true, ignore_errors = true, skip = 0)`;
  // `contains` first: most lines hold no quote, and it is five times cheaper than the expression.
  return `SELECT count(*) FROM ${lines} WHERE contains(line, '"') AND regexp_matches(line, '${STRAY_QUOTE}')`;
}

/** Rows holding {@link NESTING_CHECK_BRACKETS} brackets or more, read as raw JSON text. */
function deepRowsSql(source: SqlFileSource): string {
  const objects =
    source.envelope !== undefined
      ? `SELECT unnest(json_extract(json, '$.${source.envelope}[*]'))::VARCHAR AS json FROM read_json_objects($1, format = 'unstructured', maximum_object_size = 2147483647)`
      : `SELECT json::VARCHAR AS json FROM read_json_objects($1, format = '${source.format === 'ndjson' ? 'newline_delimited' : 'array'}')`;
  // `contains` first: a flat row holds no `[` and one `{`.
  const nested = `(contains(json, '[') OR contains(substr(json, 2), '{'))`;
  return `SELECT count(*) FROM (${objects}) WHERE ${nested} AND length(json) - length(replace(replace(json, '[', ''), '{', '')) >= ${NESTING_CHECK_BRACKETS + 1}`;
}
