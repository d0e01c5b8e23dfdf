import type { CompiledSql } from '@pcaq/sql';
import { pageOf, type SqlPage } from './sql-page.js';

/**
 * The part of a `pg` client (a `Client`, a `PoolClient` or a `Pool`) that is used here.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * const client: PostgresQueryable = new pg.Pool({ connectionString: process.env.PCAQ_PG_URL });
 * ```
 */
export interface PostgresQueryable {
  query(config: { readonly text: string; readonly values: unknown[] }): Promise<{ readonly rows: Record<string, unknown>[] }>;
}

/**
 * Runs a statement compiled for the `postgres` dialect with a `pg` client and returns its page.
 * Sums arrive as NUMERIC text and are made exact numbers or `bigint`s.
 *
 * @throws Error from the server (a missing table or column, a lost connection).
 * @example
 * ```ts
 * declare const client: PostgresQueryable;
 * const sql = compileSql({ groupby: 'channel' }, { dialect: 'postgres', source: 'license_usage' });
 * if (sql.ok) console.log((await runSqlOnPostgres(client, sql)).rows);
 * ```
 */
export async function runSqlOnPostgres(client: PostgresQueryable, compiled: Pick<CompiledSql, 'text' | 'params' | 'columns' | 'schema'>): Promise<SqlPage> {
  const result = await client.query({ text: compiled.text, values: [...compiled.params] });
  return pageOf(result.rows, compiled);
}
