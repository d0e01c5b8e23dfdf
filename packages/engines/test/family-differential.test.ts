import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkedQuery, ENDPOINT_IDS, endpointSchema, groupByField, NO_SPAN, type CheckedQuery, type EndpointSchema } from '@pcaq/core';
import { compileQuery, type Row } from '@pcaq/evaluator';
import { readRows } from '@pcaq/readers';
import { evaluateFileWithDuckDb, evaluateOnPostgres } from '@pcaq/engines';
import { quoteIdentifier, sqlColumns } from '@pcaq/sql';
import { familyRequest, generateRows, rowJson, rowsCsv, type GeneratedRow } from '@pcaq/testing';
import { engineConnections } from './engine-connections.js';
import { postgresSuiteName } from './postgres-server.js';

// docs/evaluation.md, "Semantics", "aggregationLevel buckets", "orderby" and "Snapshot selection":
// every endpoint of the family answers alike in memory (readers + evaluator), in DuckDB (reading
// the file itself) and in PostgreSQL (a table of the rows as read), row for row, sums exact.
const TABLE = `pcaq_family_diff_${randomBytes(6).toString('hex')}`;
const engines = await engineConnections(TABLE);
const { postgres } = engines;
const directory = await mkdtemp(join(tmpdir(), 'pcaq-family-'));
afterAll(() => rm(directory, { recursive: true, force: true }));
let fileNumber = 0;

async function writeRows(rows: readonly GeneratedRow[], format: 'csv' | 'json'): Promise<string> {
  const path = join(directory, `rows-${fileNumber++}.${format}`);
  const text =
    format === 'csv'
      ? rowsCsv(rows)
      : `{"Value":[${rows.map(rowJson).join(',')}],"@nextLink":null,"TotalCount":${rows.length}}`;
  await writeFile(path, text);
  return path;
}

/** A random query of the endpoint, checked. */
function queryOf(schema: EndpointSchema): fc.Arbitrary<CheckedQuery> {
  return familyRequest(schema).map(({ filter, groupby, orderby, aggregationLevel, top, skip }) =>
    checkedQuery({
      schema,
      ...(filter === undefined ? {} : { filter }),
      ...(groupby.length === 0 ? {} : { groupby: groupby.map((name) => groupByField(name)) }),
      ...(orderby.length === 0 ? {} : { orderby: orderby.map(({ name, direction }) => ({ type: 'OrderByItem' as const, name, direction, span: NO_SPAN })) }),
      ...(aggregationLevel === undefined ? {} : { aggregationLevel }),
      top,
      skip,
    }),
  );
}

async function inMemory(path: string, query: CheckedQuery): Promise<unknown> {
  return compileQuery(query).evaluateAsync(readRows(path, { schema: query.schema }));
}

async function readBack(path: string, schema: EndpointSchema): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const row of readRows(path, { schema })) rows.push(row as Row);
  return rows;
}

/** Loads the rows as the readers read them: text columns, counts as NUMERIC, an ordinal. */
async function loadPostgres(schema: EndpointSchema, rows: readonly Row[]): Promise<void> {
  const columns = sqlColumns(schema);
  const q = quoteIdentifier;
  await postgres!.query(`DROP TABLE IF EXISTS ${q(TABLE)}`);
  const types = columns.fields.map((name) => `${q(name)} ${columns.readCounts.includes(name) ? 'NUMERIC' : 'TEXT'}`);
  await postgres!.query(`CREATE TABLE ${q(TABLE)} (${types.join(', ')}, "ordinal" BIGINT)`);
  const values: (string | null)[] = [];
  const tuples = rows.map((row, i) => {
    const slots = columns.fields.map((name) => {
      const value = row[name];
      values.push(value === null || value === undefined ? null : String(value));
      return `$${values.length}`;
    });
    values.push(String(i + 1));
    return `(${slots.join(', ')}, $${values.length})`;
  });
  if (tuples.length > 0) await postgres!.query(`INSERT INTO ${q(TABLE)} VALUES ${tuples.join(', ')}`, values);
}

const cases = (schema: EndpointSchema) =>
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 }), fc.array(queryOf(schema), { minLength: 1, maxLength: 3 }));

describe.each(ENDPOINT_IDS.map((id) => [id]))('family endpoint %s: in-memory == DuckDB', (id) => {
  const schema = endpointSchema(id)!;
  it.each(['csv', 'json'] as const)('gives the same page, sums, totals and nextLink over generated rows as %s', async (format) => {
    await fc.assert(
      fc.asyncProperty(cases(schema), async ([seed, count, queries]) => {
        const path = await writeRows(generateRows(schema, { seed, count, distinct: 4 }), format);
        for (const query of queries) {
          expect(await evaluateFileWithDuckDb(path, query, { connection: engines.duckdb() })).toEqual(await inMemory(path, query));
        }
      }),
      { numRuns: 12 },
    );
  });
});

describe.skipIf(postgres === undefined)(postgresSuiteName(postgres, 'family endpoints: in-memory == PostgreSQL'), () => {
  it.each(ENDPOINT_IDS.map((id) => [id]))('%s gives the same page, sums, totals and nextLink', async (id) => {
    const schema = endpointSchema(id)!;
    await fc.assert(
      fc.asyncProperty(cases(schema), async ([seed, count, queries]) => {
        const path = await writeRows(generateRows(schema, { seed, count, distinct: 4 }), 'csv');
        await loadPostgres(schema, await readBack(path, schema));
        for (const query of queries) {
          const source = { kind: 'table', name: TABLE, ordinal: 'ordinal' } as const;
          expect(await evaluateOnPostgres(postgres!, query, { source })).toEqual(await inMemory(path, query));
        }
      }),
      { numRuns: 12 },
    );
  });
});
