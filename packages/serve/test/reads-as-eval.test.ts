import { DuckDBInstance } from '@duckdb/node-api';
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect } from 'vitest';
import { ENDPOINT_IDS, endpointSchema, type EndpointSchema, type Query } from '@pcaq/core';
import { evaluateFileWithDuckDb } from '@pcaq/engines';
import type { EvaluationOutcome } from '@pcaq/evaluator';
import { checkQuery } from '@pcaq/linter';
import { formatRequestUrl } from '@pcaq/printer';
import { startServer, type RunningServer } from '@pcaq/serve';
import { familyFilterTree, generateRows, rowJson, rowsCsv, type GeneratedRow } from '@pcaq/testing';
import { get, temporaryDirectory } from './support.js';

// docs/serve.md, "Reading files as pcaq eval does": the DuckDB store reads a file exactly as
// `pcaq eval --engine duckdb` does, so every answer it serves is evaluateFileWithDuckDb's over the
// same file and query: the same rows (in the same order, with the same fields), TotalCount and
// @nextLink, and every file eval refuses is refused at start-up with eval's error.

const files = temporaryDirectory();
afterAll(() => files.remove());
let fileNumber = 0;

type Format = 'csv' | 'json' | 'ndjson' | 'parquet';
const FORMATS: readonly Format[] = ['csv', 'json', 'ndjson', 'parquet'];

/** The rows as a file of the format; Parquet is written by DuckDB from the CSV, every column as text. */
async function writeRows(rows: readonly GeneratedRow[], format: Format): Promise<string> {
  const name = `rows-${fileNumber++}`;
  if (format === 'csv') return files.file(`${name}.csv`, rowsCsv(rows));
  if (format === 'json') return files.file(`${name}.json`, `{"Value":[${rows.map(rowJson).join(',')}],"@nextLink":null,"TotalCount":${rows.length}}`);
  if (format === 'ndjson') return files.file(`${name}.ndjson`, rows.map(rowJson).join('\n') + '\n');
  const csv = files.file(`${name}.csv`, rowsCsv(rows));
  const parquet = `${files.path}/${name}.parquet`;
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`COPY (SELECT * FROM read_csv('${csv}', header = true, all_varchar = true)) TO '${parquet}' (FORMAT parquet)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return parquet;
}

/** A random request of the endpoint: a family filter, a group-by, orderby and aggregationLevel where it takes them, paging. */
function requestOf(schema: EndpointSchema): fc.Arbitrary<Query> {
  const groupable = schema.fields.filter((f) => f.groupable).map((f) => f.name);
  const orderable = schema.fields.filter((f) => f.orderable).map((f) => f.name);
  const takes = (parameter: string): boolean => (schema.endpoint.parameters as readonly string[]).includes(parameter);
  return fc
    .record({
      filter: fc.option(familyFilterTree(schema, 2), { nil: undefined }),
      groupby: fc.oneof(fc.constant([] as string[]), fc.uniqueArray(fc.constantFrom(...groupable), { minLength: 1, maxLength: 2 })),
      orderby: takes('orderby') && orderable.length > 0 ? fc.uniqueArray(fc.constantFrom(...orderable), { maxLength: 2 }) : fc.constant([] as string[]),
      directions: fc.array(fc.constantFrom('asc', 'desc'), { minLength: 2, maxLength: 2 }),
      level: takes('aggregationLevel') ? fc.option(fc.constantFrom('day', 'week', 'month'), { nil: undefined }) : fc.constant(undefined),
      top: fc.integer({ min: 1, max: 12 }),
      skip: fc.integer({ min: 0, max: 6 }),
    })
    .map(({ filter, groupby, orderby, directions, level, top, skip }) => ({
      ...(filter === undefined ? {} : { filter }),
      ...(groupby.length === 0 ? {} : { groupby }),
      ...(orderby.length === 0 ? {} : { orderby: orderby.map((name, i) => `${name} ${directions[i]!}`).join(',') }),
      ...(level === undefined ? {} : { aggregationLevel: level }),
      top,
      skip,
    }));
}

/** What serve writes for an evaluation outcome: the service's envelope, rows as JSON. */
function asServed(outcome: EvaluationOutcome): unknown {
  if (!outcome.ok) throw new Error('eval refused a query serve answered');
  return { Value: JSON.parse(`[${outcome.value.map((row) => rowJson(row)).join(',')}]`), '@nextLink': outcome.nextLink, TotalCount: outcome.totalCount };
}

/** The served answer to `query` and evaluateFileWithDuckDb's over `file`, for the same URL. */
async function bothAnswers(server: RunningServer, file: string, schema: EndpointSchema, query: Query): Promise<{ served: unknown; evaluated: unknown }> {
  const path = schema.endpoint.paths[0]!;
  const response = await get(`${server.url}${formatRequestUrl(query, path)}`);
  const served = { status: response.status, body: (await response.json()) as unknown };
  const { checked } = checkQuery(query, { schema });
  if (checked === undefined) return { served: served.status, evaluated: 400 };
  return { served, evaluated: { status: 200, body: asServed(await evaluateFileWithDuckDb(file, checked, { basePath: path })) } };
}

describe('pcaq serve (DuckDB) answers as pcaq eval --engine duckdb over the same file', () => {
  for (const id of ENDPOINT_IDS) {
    const schema = endpointSchema(id);
    for (const format of FORMATS) {
      test.prop([fc.integer({ min: 1, max: 1_000_000 }), fc.array(requestOf(schema), { minLength: 2, maxLength: 4 })], { numRuns: 2 })(
        `${id}, ${format}: random requests, the same rows, TotalCount and @nextLink`,
        async (seed, queries) => {
          const rows = generateRows(schema, { seed, count: 40, distinct: 4 });
          const file = await writeRows(rows, format);
          const server = await startServer({ files: [file], engine: 'duckdb', endpoint: id, host: '127.0.0.1', port: 0 });
          try {
            expect(server.rowCount).toBe(rows.length);
            for (const query of queries) {
              const { served, evaluated } = await bothAnswers(server, file, schema, query);
              expect(served, formatRequestUrl(query, schema.endpoint.paths[0])).toEqual(evaluated);
            }
          } finally {
            await server.close();
          }
        },
      );
    }
  }
});
