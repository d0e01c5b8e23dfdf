// Test support (not a test file): loads rows into DuckDB and PostgreSQL tables with an ordinal.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Row } from '@pcaq/evaluator';
import type { Client as PgClient } from 'pg';

export const ROW_COLUMNS = [
  'workloadCode', 'workloadName', 'serviceCode', 'serviceName', 'channel', 'customerTenantId',
  'customerName', 'productId', 'productName', 'licensesActive', 'licensesQualified', 'processedDateTime',
] as const;

const COUNT_COLUMNS = new Set(['licensesActive', 'licensesQualified']);
const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

function createTableSql(table: string, text: string, exact: string): string {
  const columns = ROW_COLUMNS.map((name) => `${quote(name)} ${COUNT_COLUMNS.has(name) ? exact : text}`);
  return `CREATE TABLE ${quote(table)} (${columns.join(', ')}, "ordinal" BIGINT NOT NULL)`;
}

/** Rows as parameter values: text as is, counts as decimal text (exact past 2^63 too). */
function valuesOf(rows: readonly Row[], from: number): { tuples: string[]; values: (string | null)[] } {
  const values: (string | null)[] = [];
  const tuples = rows.map((row, index) => {
    const placeholders = ROW_COLUMNS.map((name) => {
      const value = row[name];
      values.push(value === null || value === undefined ? null : String(value));
      return `$${values.length}`;
    });
    values.push(String(from + index + 1));
    placeholders.push(`$${values.length}`);
    return `(${placeholders.join(', ')})`;
  });
  return { tuples, values };
}

const CHUNK = 500;

export async function loadIntoDuckDb(connection: DuckDBConnection, table: string, rows: readonly Row[]): Promise<void> {
  await connection.run(`DROP TABLE IF EXISTS ${quote(table)}`);
  await connection.run(createTableSql(table, 'VARCHAR', 'HUGEINT'));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const { tuples, values } = valuesOf(rows.slice(i, i + CHUNK), i);
    await connection.run(`INSERT INTO ${quote(table)} VALUES ${tuples.join(', ')}`, values);
  }
}

export async function loadIntoPostgres(client: PgClient, table: string, rows: readonly Row[]): Promise<void> {
  await client.query(`DROP TABLE IF EXISTS ${quote(table)}`);
  await client.query(createTableSql(table, 'TEXT', 'NUMERIC'));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const { tuples, values } = valuesOf(rows.slice(i, i + CHUNK), i);
    await client.query(`INSERT INTO ${quote(table)} VALUES ${tuples.join(', ')}`, values);
  }
}
