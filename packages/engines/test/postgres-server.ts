// Test support (not a test file): the PostgreSQL server the engine tests use, if one is reachable.
import { createRequire } from 'node:module';
import type { Client as PgClient } from 'pg';

/** What `.ci/postgres.sh` sets up; `PCAQ_PG_URL` overrides it. */
export const DEFAULT_POSTGRES_URL = 'postgresql://pcaq:pcaq@127.0.0.1:5432/pcaq';

export const postgresUrl = process.env.PCAQ_PG_URL ?? DEFAULT_POSTGRES_URL;

// `pg/lib/client`, not `pg`: vitest resolves packages with the `import` condition, which makes
// pg's own CommonJS `require('pg-pool')` load pg-pool's ESM build and fail. The client alone does
// not need the pool.
const Client = createRequire(import.meta.url)('pg/lib/client') as typeof PgClient;

/** The URL with its password hidden, for test names and notes. */
export function shownUrl(url: string): string {
  return url.replace(/:\/\/([^:/@]+):[^@]*@/, '://$1:***@');
}

/**
 * A connected client, or undefined (with a note on stderr) when no server answers within two
 * seconds: the PostgreSQL tests are then skipped, by name.
 */
export async function connectPostgres(): Promise<PgClient | undefined> {
  const client = new Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SET client_min_messages = warning');
    return client;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`[pcaq] PostgreSQL tests SKIPPED: no server at ${shownUrl(postgresUrl)} (${reason}). Run 'bash .ci/postgres.sh' as root or set PCAQ_PG_URL.`);
    await client.end().catch(() => {});
    return undefined;
  }
}

/** The name a skippable PostgreSQL suite carries, so a skip is visible in the test report. */
export function postgresSuiteName(client: PgClient | undefined, name: string): string {
  return client ? `${name} (PostgreSQL at ${shownUrl(postgresUrl)})` : `${name} [SKIPPED: no PostgreSQL server at ${shownUrl(postgresUrl)}]`;
}
