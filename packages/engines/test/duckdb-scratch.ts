import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll } from 'vitest';

/** A temporary folder for a suite's files and one DuckDB connection, both valid inside its tests. */
export interface DuckDbScratch {
  readonly dir: string;
  readonly connection: DuckDBConnection;
}

/**
 * Registers the suite's set-up and tear-down: a fresh temporary folder and an in-memory DuckDB,
 * removed and closed after the suite. Read `dir` and `connection` inside tests only.
 */
export function duckDbScratch(prefix: string): DuckDbScratch {
  let dir: string | undefined;
  let instance: DuckDBInstance | undefined;
  let connection: DuckDBConnection | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
  });
  afterAll(async () => {
    connection?.closeSync();
    instance?.closeSync();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      if (dir === undefined) throw new Error('duckDbScratch: dir is read outside a test');
      return dir;
    },
    get connection() {
      if (connection === undefined) throw new Error('duckDbScratch: connection is read outside a test');
      return connection;
    },
  };
}
