import { DuckDBInstance } from '@duckdb/node-api';
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect } from 'vitest';
import { ENDPOINT_IDS, endpointSchema, type EndpointSchema, type Query } from '@pcaq/core';
import { evaluateFileWithDuckDb } from '@pcaq/engines';
import type { EvaluationOutcome } from '@pcaq/evaluator';
import { checkQuery } from '@pcaq/linter';
import { formatRequestUrl } from '@pcaq/printer';
import { startServer, type RunningServer } from '@pcaq/serve';
import { familyRequest, generateRows, rowJson, rowsCsv, type GeneratedRow } from '@pcaq/testing';
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

/** A random request of the endpoint, as a query of text. */
function requestOf(schema: EndpointSchema): fc.Arbitrary<Query> {
  return familyRequest(schema).map(({ filter, groupby, orderby, aggregationLevel, top, skip }) => ({
    ...(filter === undefined ? {} : { filter }),
    ...(groupby.length === 0 ? {} : { groupby: [...groupby] }),
    ...(orderby.length === 0 ? {} : { orderby: orderby.map(({ name, direction }) => `${name} ${direction}`).join(',') }),
    ...(aggregationLevel === undefined ? {} : { aggregationLevel }),
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
