import { DIALECTS } from './dialect.js';
import { SqlOptionsError } from './sql-options-error.js';
import type { CompileSqlOptions } from './types.js';

const FILE_FORMATS = new Set(['csv', 'json', 'ndjson', 'parquet']);
const ENVELOPES = new Set(['Value', 'value']);

/**
 * Checks `compileSql`'s options before anything is compiled, so a mistake in calling code is one
 * {@link SqlOptionsError} naming the option, never a `TypeError` from deep inside (options from
 * plain JavaScript are not type-checked). Table and ordinal names are checked where they are
 * quoted (`quoteQualifiedName`, `quoteIdentifier`).
 *
 * @throws SqlOptionsError for an unknown dialect, a source that is neither a table name, a table
 *   source nor a file source, a file source with the PostgreSQL dialect, an empty path, an unknown
 *   format or envelope.
 * @example
 * ```ts
 * checkSqlOptions({ dialect: 'duckdb', source: 'license_usage' }); // returns; nothing wrong
 * ```
 */
export function checkSqlOptions(options: CompileSqlOptions): void {
  if (typeof options !== 'object' || options === null) throw new SqlOptionsError('options', 'compileSql needs options { dialect, source }');
  const { dialect, source } = options;
  if (typeof dialect !== 'string' || !Object.hasOwn(DIALECTS, dialect)) {
    throw new SqlOptionsError('dialect', `dialect must be 'duckdb' or 'postgres'; found ${JSON.stringify(dialect) ?? String(dialect)}`);
  }
  if (typeof source === 'string') return;
  if (typeof source !== 'object' || source === null || (source.kind !== 'table' && source.kind !== 'file')) {
    throw new SqlOptionsError('source', `source must be a table name, { kind: 'table', name } or { kind: 'file', path, format }; found ${JSON.stringify(source) ?? String(source)}`);
  }
  if (source.kind === 'table') return;
  if (typeof source.path !== 'string' || source.path.length === 0) throw new SqlOptionsError('source.path', 'a file source needs a non-empty path');
  if (!FILE_FORMATS.has(source.format)) {
    throw new SqlOptionsError('source.format', `source.format must be csv, json, ndjson or parquet; found ${JSON.stringify(source.format) ?? String(source.format)}`);
  }
  if (source.envelope !== undefined && !ENVELOPES.has(source.envelope)) {
    throw new SqlOptionsError('source.envelope', `source.envelope must be 'Value' or 'value'; found ${JSON.stringify(source.envelope)}`);
  }
  if (dialect !== 'duckdb') {
    throw new SqlOptionsError('source', `reading files directly needs DuckDB; load '${source.path}' into a table for ${dialect}`);
  }
}
