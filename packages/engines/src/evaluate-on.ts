import type { DuckDBConnection } from '@duckdb/node-api';
import type { CheckedQuery } from '@pcaq/core';
import type { EvaluationOutcome } from '@pcaq/evaluator';
import { nextLink } from '@pcaq/printer';
import { compileSql, type CompiledSql, type SqlDialect, type SqlSource } from '@pcaq/sql';
import { runSqlOnDuckDb } from './duckdb.js';
import { linkBase } from './link-base.js';
import { runSqlOnPostgres, type PostgresQueryable } from './postgres.js';
import type { SqlPage } from './sql-page.js';

/**
 * Options of {@link evaluateOnDuckDb} and {@link evaluateOnPostgres}.
 *
 * @example
 * ```ts
 * const options: EngineEvaluationOptions = { source: 'analytics.license_usage', caseSensitive: false, basePath: '/partner/v1/analytics/commercial/usage/license' };
 * ```
 */
export interface EngineEvaluationOptions {
  /** The table (or, for DuckDB, the file) holding the rows. */
  readonly source: SqlSource;
  /** Compare text exactly (GUIDs still ignore case). */
  readonly caseSensitive?: boolean;
  /** Return every row of the result, ignoring `top` and `skip` (`nextLink` is then null). */
  readonly all?: boolean;
  /** With a file source: skip rows whose counts are not non-negative integers. */
  readonly skipBadRows?: boolean;
  /** The path `nextLink` starts with; default `LICENSE_USAGE_PATH`. */
  readonly basePath?: string;
}

type Runner = (sql: CompiledSql) => Promise<SqlPage>;

/**
 * Compiles a checked query for DuckDB and runs it on `connection`: the evaluator's answer
 * (`EvaluationOutcome`), computed by DuckDB.
 *
 * @throws InvalidArgumentError when `query` is not a checked query (before the database is touched).
 * @throws Error from DuckDB (a missing table, an unreadable file, a count that is not a count).
 * @example
 * ```ts
 * import { DuckDBInstance } from '@duckdb/node-api';
 * const connection = await (await DuckDBInstance.create(':memory:')).connect();
 * const { checked } = checkQuery({ groupby: 'channel', top: 10 });
 * const outcome = await evaluateOnDuckDb(connection, checked!, { source: 'license_usage' });
 * if (outcome.ok) console.log(outcome.value, outcome.totalCount, outcome.nextLink);
 * ```
 */
export function evaluateOnDuckDb(connection: DuckDBConnection, query: CheckedQuery, options: EngineEvaluationOptions): Promise<EvaluationOutcome> {
  return evaluateWith('duckdb', (sql) => runSqlOnDuckDb(connection, sql), query, options);
}

/**
 * Compiles a checked query for PostgreSQL and runs it with a `pg` client or pool: the evaluator's
 * answer, computed by the server.
 *
 * @throws Error from the server (a missing table or column, a lost connection).
 * @example
 * ```ts
 * import pg from 'pg';
 * const pool = new pg.Pool({ connectionString: process.env.PCAQ_PG_URL });
 * const { checked } = checkQuery({ filter: "channel eq 'Reseller'" });
 * const outcome = await evaluateOnPostgres(pool, checked!, { source: 'license_usage' });
 * ```
 */
export function evaluateOnPostgres(client: PostgresQueryable, query: CheckedQuery, options: EngineEvaluationOptions): Promise<EvaluationOutcome> {
  return evaluateWith('postgres', (sql) => runSqlOnPostgres(client, sql), query, options);
}

async function evaluateWith(dialect: SqlDialect, run: Runner, query: CheckedQuery, options: EngineEvaluationOptions): Promise<EvaluationOutcome> {
  const all = options.all ?? false;
  const sql = compileSql(query, {
    dialect,
    source: options.source,
    all,
    ...(options.caseSensitive !== undefined ? { caseSensitive: options.caseSensitive } : {}),
    ...(options.skipBadRows !== undefined ? { skipBadRows: options.skipBadRows } : {}),
  });
  const page = await run(sql);
  const link = nextLink(query, page.totalCount, { all, ...linkBase(options.basePath, query) });
  return { ok: true, diagnostics: [], value: page.rows, totalCount: page.totalCount, nextLink: link };
}
