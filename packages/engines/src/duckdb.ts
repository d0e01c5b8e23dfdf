import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { CompiledSql, SqlParameter } from '@pcaq/sql';
import { pageOf, type SqlPage } from './sql-page.js';

/**
 * Runs a statement compiled for the `duckdb` dialect on a DuckDB connection and returns its page.
 * Only the page's rows cross into JavaScript; the rest of the work stays inside DuckDB.
 *
 * @throws Error from DuckDB, for example when a file cannot be read or holds a count that is not a
 *   non-negative integer (its message starts with `pcaq:` then).
 * @example
 * ```ts
 * import { DuckDBInstance } from '@duckdb/node-api';
 * const connection = await (await DuckDBInstance.create(':memory:')).connect();
 * const sql = compileSql({ groupby: 'channel' }, { dialect: 'duckdb', source: 'license_usage' });
 * if (sql.ok) console.log((await runSqlOnDuckDb(connection, sql)).rows);
 * ```
 */
export async function runSqlOnDuckDb(connection: DuckDBConnection, compiled: Pick<CompiledSql, 'text' | 'params' | 'columns' | 'schema'>): Promise<SqlPage> {
  const reader = await connection.runAndReadAll(compiled.text, compiled.params.map(duckDbValue));
  return pageOf(reader.getRowObjects(), compiled);
}

/** Integers go in as BIGINT (`LIMIT`/`OFFSET` need an integer; a JS number would bind as DOUBLE). */
function duckDbValue(value: SqlParameter): DuckDBValue {
  return typeof value === 'number' ? BigInt(value) : value;
}
