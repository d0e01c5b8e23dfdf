import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Client as PgClient } from 'pg';
import { booleanLiteral, comparison, dateTimeLiteral, field, or, stringLiteral, type FilterNode, type Schema } from '@pcaq/core';
import { compileFilter, type Row } from '@pcaq/evaluator';
import { SqlParameters, filterSql, quoteIdentifier } from '@pcaq/sql';
import { FAMILY_EXAMPLE_SCHEMA, familyFilterTree, familyRows } from '@pcaq/testing';
import { engineConnections } from './engine-connections.js';
import { postgresSuiteName } from './postgres-server.js';

// The family's filter forms (contains, booleans, dates as instants, gt ge lt le) give the same rows
// in the evaluator, in DuckDB and in PostgreSQL (docs/evaluation.md, "Semantics"). Rows are held
// as the text a file gives (a JSON boolean as `true`), in text columns.
const TABLE = `pcaq_family_${randomBytes(6).toString('hex')}`;
const engines = await engineConnections(TABLE);
const { postgres } = engines;
const schema = FAMILY_EXAMPLE_SCHEMA;
const columns = schema.fields.filter((f) => f.filterable).map((f) => f.name);
const q = quoteIdentifier;

type FamilyRow = Record<string, string | boolean | null>;

function inMemory(rows: readonly FamilyRow[], filter: FilterNode, caseSensitive: boolean): number[] {
  const test = compileFilter(filter, schema, caseSensitive);
  return rows.flatMap((row, i) => (test(row as Row) ? [i] : []));
}

function insertSql(rows: readonly FamilyRow[]): { text: string; values: (string | null)[] } {
  const values: (string | null)[] = [];
  const tuples = rows.map((row, i) => {
    const slots = columns.map((name) => {
      const value = row[name];
      values.push(value === null || value === undefined ? null : String(value));
      return `$${values.length}`;
    });
    values.push(String(i));
    return `(${slots.join(', ')}, $${values.length})`;
  });
  return { text: `INSERT INTO ${q(TABLE)} VALUES ${tuples.join(', ')}`, values };
}

async function loadDuckDb(connection: DuckDBConnection, rows: readonly FamilyRow[]): Promise<void> {
  await connection.run(`DROP TABLE IF EXISTS ${q(TABLE)}`);
  await connection.run(`CREATE TABLE ${q(TABLE)} (${columns.map((c) => `${q(c)} VARCHAR`).join(', ')}, "ordinal" BIGINT)`);
  if (rows.length === 0) return;
  const { text, values } = insertSql(rows);
  await connection.run(text, values);
}

async function loadPostgres(client: PgClient, rows: readonly FamilyRow[]): Promise<void> {
  await client.query(`DROP TABLE IF EXISTS ${q(TABLE)}`);
  await client.query(`CREATE TABLE ${q(TABLE)} (${columns.map((c) => `${q(c)} TEXT`).join(', ')}, "ordinal" BIGINT)`);
  if (rows.length === 0) return;
  const { text, values } = insertSql(rows);
  await client.query(text, values);
}

function selectSql(filter: FilterNode, caseSensitive: boolean): { text: string; params: readonly (string | number)[] } {
  const params = new SqlParameters();
  const condition = filterSql(filter, schema as Schema, caseSensitive, params);
  return { text: `SELECT "ordinal" FROM ${q(TABLE)} WHERE ${condition} ORDER BY "ordinal"`, params: params.values };
}

async function onDuckDb(filter: FilterNode, caseSensitive: boolean): Promise<number[]> {
  const { text, params } = selectSql(filter, caseSensitive);
  const reader = await engines.duckdb().runAndReadAll(text, params.map((p) => (typeof p === 'number' ? BigInt(p) : p)));
  return reader.getRows().map((row) => Number(row[0]));
}

async function onPostgres(filter: FilterNode, caseSensitive: boolean): Promise<number[]> {
  const { text, params } = selectSql(filter, caseSensitive);
  const result = await postgres!.query(text, params as unknown[]);
  return result.rows.map((row: { ordinal: string }) => Number(row.ordinal));
}

const cases = fc.tuple(familyRows(schema), fc.array(fc.tuple(familyFilterTree(schema), fc.boolean()), { minLength: 1, maxLength: 4 }));

/** Hand-picked rows where each rule of docs/evaluation.md, "Semantics" decides the answer. */
const HAND_ROWS: FamilyRow[] = [
  { autoRenewEnabled: true, creationDate: '2018-01-01T00:00:00', productName: 'Office 365 E3', customerName: 'ΟΔΟΣ', customerMarket: 'US' },
  { autoRenewEnabled: 'FALSE', creationDate: '2017-12-31T19:00:00-05:00', productName: 'office 365 e5', customerName: 'οδος', customerMarket: null },
  { autoRenewEnabled: 'yes', creationDate: '2018-02-30', productName: null, customerName: "O'Brien", customerMarket: 'us' },
  { autoRenewEnabled: null, creationDate: null, productName: 'Dynamics', customerName: null, customerMarket: 'DE' },
  { autoRenewEnabled: false, creationDate: '2018-01-01T00:00:00.0004+00:00', productName: '', customerName: '', customerMarket: '' },
];

const HAND_FILTERS: [string, FilterNode, number[]][] = [
  ['boolean eq true (JSON or text, any case)', comparison(field('autoRenewEnabled'), 'eq', booleanLiteral(true)), [0]],
  ['boolean ne false: not-a-boolean and missing count as not equal', comparison(field('autoRenewEnabled'), 'ne', booleanLiteral(false)), [0, 2, 3]],
  ['dates as instants, offsets applied, past the millisecond dropped', comparison(field('creationDate'), 'eq', dateTimeLiteral('2018-01-01')), [0, 1, 4]],
  ['gt: an unreadable or missing date is never greater', comparison(field('creationDate'), 'gt', dateTimeLiteral('2017-06-01T00:00Z')), [0, 1, 4]],
  ['lt: an unreadable or missing date is never less', comparison(field('creationDate'), 'lt', dateTimeLiteral('2019-01-01')), [0, 1, 4]],
  ['ne on dates: unreadable and missing are not equal', comparison(field('creationDate'), 'ne', dateTimeLiteral('2018-01-01')), [2, 3]],
  ['contains ignores case by default', comparison(field('productName'), 'contains', stringLiteral('OFFICE')), [0, 1]],
  ['contains with Greek final sigma folds as equality does', comparison(field('customerName'), 'contains', stringLiteral('ΟΣ')), [0, 1]],
  ['contains the empty string: every present value, missing none', comparison(field('productName'), 'contains', stringLiteral('')), [0, 1, 3, 4]],
  [
    'ne is true for a missing value even beside eq on the same value',
    or([comparison(field('customerMarket'), 'eq', stringLiteral('')), comparison(field('customerMarket'), 'ne', stringLiteral(''))]),
    [0, 1, 2, 3, 4],
  ],
  [
    'ne on a boolean or a date is true for a missing value beside eq',
    or([comparison(field('autoRenewEnabled'), 'eq', booleanLiteral(true)), comparison(field('autoRenewEnabled'), 'ne', booleanLiteral(true))]),
    [0, 1, 2, 3, 4],
  ],
];

describe('family filters: in-memory evaluator == DuckDB', () => {
  it.each(HAND_FILTERS)('%s', async (_name, filter, expected) => {
    expect(inMemory(HAND_ROWS, filter, false)).toEqual(expected);
    await loadDuckDb(engines.duckdb(), HAND_ROWS);
    expect(await onDuckDb(filter, false)).toEqual(expected);
  });

  it('gives the same rows for generated family filters and rows', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async ([rows, filters]) => {
        await loadDuckDb(engines.duckdb(), rows);
        for (const [filter, caseSensitive] of filters) expect(await onDuckDb(filter, caseSensitive)).toEqual(inMemory(rows, filter, caseSensitive));
      }),
      { numRuns: 80 },
    );
  });
});

describe.skipIf(postgres === undefined)(postgresSuiteName(postgres, 'family filters: in-memory evaluator == DuckDB == PostgreSQL'), () => {
  it.each(HAND_FILTERS)('%s', async (_name, filter, expected) => {
    await loadPostgres(postgres!, HAND_ROWS);
    expect(await onPostgres(filter, false)).toEqual(expected);
  });

  it('gives the same rows for generated family filters and rows', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async ([rows, filters]) => {
        await loadDuckDb(engines.duckdb(), rows);
        await loadPostgres(postgres!, rows);
        for (const [filter, caseSensitive] of filters) {
          const expected = inMemory(rows, filter, caseSensitive);
          expect(await onDuckDb(filter, caseSensitive)).toEqual(expected);
          expect(await onPostgres(filter, caseSensitive)).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});
