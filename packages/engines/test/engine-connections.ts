// Test support (not a test file): the DuckDB and PostgreSQL connections an engine suite shares.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll } from 'vitest';
import { connectPostgres } from './postgres-server.js';

/** One in-memory DuckDB connection and, when a server answers, one PostgreSQL client. */
export interface EngineConnections {
  /** Undefined when no PostgreSQL server is reachable (the suite then skips and says so). */
  readonly postgres: Awaited<ReturnType<typeof connectPostgres>>;
  /** The DuckDB connection (open from `beforeAll` to `afterAll`). */
  duckdb(): DuckDBConnection;
}

/**
 * Opens the connections for a whole test file (connecting is the slow part, queries are quick)
 * and closes them after it, dropping `table` from PostgreSQL. Call at the top level with `await`,
 * so `postgres` is known when suites decide whether to skip.
 */
export async function engineConnections(table: string): Promise<EngineConnections> {
  const postgres = await connectPostgres();
  let instance: DuckDBInstance | undefined;
  let connection: DuckDBConnection | undefined;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
  });
  afterAll(async () => {
    connection?.closeSync();
    instance?.closeSync();
    await postgres?.query(`DROP TABLE IF EXISTS "${table}"`);
    await postgres?.end();
  });
  return {
    postgres,
    duckdb: () => {
      if (!connection) throw new Error('the DuckDB connection is open only while the suite runs');
      return connection;
    },
  };
}
