import { DuckDBInstance } from '@duckdb/node-api';
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { endpointSchema, type CheckedQuery, type Query, type Schema } from '@pcaq/core';
import { evaluateFileWithDuckDb } from '@pcaq/engines';
import { checkQuery } from '@pcaq/linter';
import { startServer } from '@pcaq/serve';
import { generateRows, rowJson, rowsCsv } from '@pcaq/testing';
import { get, temporaryDirectory } from './support.js';

// docs/serve.md, "Reading files as pcaq eval does": a file `pcaq eval --engine duckdb` refuses is
// refused when the server starts, with eval's error (file:line:column, code); what eval answers
// over a file, the server serves.

const files = temporaryDirectory();
afterAll(() => files.remove());
const LICENSE = endpointSchema('license-usage');
const HEADER = 'channel,licensesActive,licensesQualified,processedDateTime';

function checked(query: Query, schema: Schema = LICENSE): CheckedQuery {
  const result = checkQuery(query, { schema });
  if (result.checked === undefined) throw new Error(`the test's query has errors: ${result.diagnostics.map((d) => d.code).join(', ')}`);
  return result.checked;
}

/** eval's error over the file, as its message (undefined when eval answers). */
async function evalError(path: string, schema: Schema = LICENSE): Promise<string | undefined> {
  try {
    await evaluateFileWithDuckDb(path, checked({}, schema));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The server's start-up error over the file (undefined when it starts). */
async function serveError(path: string, endpoint = 'license-usage'): Promise<string | undefined> {
  try {
    const server = await startServer({ files: [path], engine: 'duckdb', endpoint, host: '127.0.0.1', port: 0 });
    await server.close();
    return undefined;
  } catch (error) {
    if ((error as Error).name !== 'EngineError') throw error;
    return (error as Error).message;
  }
}

describe('a file pcaq eval refuses, the DuckDB store refuses at start-up with the same error', () => {
  it('a JSON count written with an exponent (1e3)', async () => {
    const path = files.file('exponent.json', `[{"channel":"Reseller","licensesActive":1e3,"licensesQualified":1,"processedDateTime":"2018-10-14T00:00:00"}]`);
    const message = await serveError(path);
    expect(message).toBe(`${path}:1:41: error PCAQ0513: licensesActive must be a non-negative integer written in digits; found 1e3`);
    expect(message).toBe(await evalError(path));
  });

  it('a CSV cell holding a stray quote', async () => {
    const path = files.file('stray-quote.csv', `${HEADER}\nRes"eller,1,2,2018-10-14T00:00:00\n`);
    const message = await serveError(path);
    expect(message).toMatch(/stray-quote\.csv:2:4: error PCAQ0515: malformed CSV: a quote inside an unquoted cell/);
    expect(message).toBe(await evalError(path));
  });

  it('a CSV record with more cells than the header', async () => {
    const path = files.file('wide.csv', `${HEADER}\nReseller,1,2,2018-10-14T00:00:00,extra\n`);
    const message = await serveError(path);
    expect(message).toBe(`${path}:2:34: error PCAQ0514: expected 4 columns (as in the header), found 5`);
    expect(message).toBe(await evalError(path));
  });

  it('a missing file', async () => {
    const path = `${files.path}/missing.csv`;
    const message = await serveError(path);
    expect(message).toMatch(/missing\.csv: error PCAQ0520: cannot read the file \(ENOENT\)/);
    expect(message).toBe(await evalError(path));
  });

  it('a file whose bytes are not UTF-8', async () => {
    const path = `${files.path}/latin1.csv`;
    files.file('latin1.csv', '');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, Buffer.concat([Buffer.from(`${HEADER}\nM`), Buffer.from([0xfc]), Buffer.from('nchen,1,2,2018-10-14T00:00:00\n')]));
    const message = await serveError(path);
    expect(message).toMatch(/latin1\.csv:2:2: error PCAQ05\d\d: /);
    expect(message).toBe(await evalError(path));
  });

});

describe("a file of another endpoint's columns", () => {
  // pcaq eval shows such a file's rows at once; a server would answer every request with empty
  // fields, so it refuses the file at start-up (docs/serve.md, "Reading files as pcaq eval does").
  const subscriptions = endpointSchema('subscriptions');
  const rows = generateRows(subscriptions, { seed: 3, count: 5 });

  test.prop([fc.constantFrom('csv', 'ndjson', 'json'), fc.constantFrom('js', 'duckdb')], { numRuns: 6 })('is refused at start-up with PCAQ0524, naming its endpoint, on both engines', async (format, engine) => {
    const text = format === 'csv' ? rowsCsv(rows) : format === 'ndjson' ? rows.map(rowJson).join('\n') : `[${rows.map(rowJson).join(',')}]`;
    const path = files.file(`subscriptions.${format}`, text);
    const start = startServer({ files: [path], engine, endpoint: 'license-usage', host: '127.0.0.1', port: 0 });
    await expect(start).rejects.toMatchObject({ name: 'EngineError', code: 'PCAQ0524' });
    await expect(start).rejects.toThrow(`${path}: error PCAQ0524: the file's columns are those of the endpoint 'subscriptions' (25 of its fields), not of 'license-usage' (3); serve it with --endpoint subscriptions`);
    const served = await startServer({ files: [path], engine, endpoint: 'subscriptions', host: '127.0.0.1', port: 0 });
    expect(served.rowCount).toBe(rows.length);
    await served.close();
  });

  it('a file naming some fields of the endpoint and extra columns of its own is served', async () => {
    const path = files.file('extra.csv', `${HEADER},region,seats\nReseller,1,2,2018-10-14T00:00:00,EMEA,4\n`);
    const server = await startServer({ files: [path], engine: 'duckdb', host: '127.0.0.1', port: 0 });
    expect(server.rowCount).toBe(1);
    await server.close();
  });
});

describe('what pcaq eval reads, the DuckDB store serves as eval answers it', () => {
  it('a Parquet timestamp is written as eval writes it, in the service form', async () => {
    const parquet = `${files.path}/timestamp.parquet`;
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(`COPY (SELECT 'Reseller' AS channel, 3::BIGINT AS licensesActive, TIMESTAMP '2018-10-14 00:00:00' AS processedDateTime) TO '${parquet}' (FORMAT parquet)`);
    connection.closeSync();
    instance.closeSync();
    const server = await startServer({ files: [parquet], engine: 'duckdb', host: '127.0.0.1', port: 0 });
    try {
      const served = (await (await get(`${server.url}${LICENSE.endpoint.paths[0]!}`)).json()) as { Value: unknown[] };
      const evaluated = await evaluateFileWithDuckDb(parquet, checked({}));
      expect(evaluated.ok && evaluated.value).toEqual([{ channel: 'Reseller', licensesActive: 3, processedDateTime: '2018-10-14T00:00:00' }]);
      expect(served.Value).toEqual(evaluated.ok && evaluated.value);
    } finally {
      await server.close();
    }
  });

  it('a file only the readers read (a blank first line) is served with their rows, as eval answers', async () => {
    const path = files.file('blank-first-line.csv', `\n${HEADER}\nReseller,1,2,2018-10-14T00:00:00\nDirect,3,4,2018-10-14T00:00:00\n`);
    const evaluated = await evaluateFileWithDuckDb(path, checked({ groupby: 'channel' }));
    expect(evaluated.ok && evaluated.totalCount).toBe(2);
    const server = await startServer({ files: [path], engine: 'duckdb', host: '127.0.0.1', port: 0 });
    try {
      const served = (await (await get(`${server.url}${LICENSE.endpoint.paths[0]!}?groupby=channel`)).json()) as { Value: unknown[] };
      expect(served.Value).toEqual(evaluated.ok && JSON.parse(`[${evaluated.value.map((row) => rowJson(row)).join(',')}]`));
    } finally {
      await server.close();
    }
  });

  it('a boolean field is served as a JSON boolean, in plain and grouped rows', async () => {
    const subscriptions = endpointSchema('subscriptions');
    const path = files.file('booleans.ndjson', generateRows(subscriptions, { seed: 8, count: 6 }).map(rowJson).join('\n') + '\n');
    const server = await startServer({ files: [path], engine: 'duckdb', endpoint: 'subscriptions', host: '127.0.0.1', port: 0 });
    try {
      for (const query of ['?top=3', '?groupby=autoRenewEnabled']) {
        const served = (await (await get(`${server.url}${subscriptions.endpoint.paths[0]!}${query}`)).json()) as { Value: Record<string, unknown>[] };
        expect(served.Value.map((row) => typeof row.autoRenewEnabled)).toEqual(served.Value.map(() => 'boolean'));
      }
    } finally {
      await server.close();
    }
  });

  it('requests differing only in orderby or aggregationLevel get their own results', async () => {
    const azure = endpointSchema('azure-usage');
    const path = files.file('azure.csv', rowsCsv(generateRows(azure, { seed: 5, count: 30, distinct: 4 })));
    const server = await startServer({ files: [path], engine: 'duckdb', endpoint: 'azure-usage', host: '127.0.0.1', port: 0 });
    const base = azure.endpoint.paths[0]!;
    try {
      for (const query of [{ orderby: 'customerName asc' }, { orderby: 'customerName desc' }, { groupby: 'usageDate', aggregationLevel: 'day' }, { groupby: 'usageDate', aggregationLevel: 'month' }]) {
        const url = `${base}?${new URLSearchParams(query as Record<string, string>).toString().replaceAll('+', '%20')}`;
        const served = (await (await get(`${server.url}${url}`)).json()) as { Value: unknown[]; TotalCount: number };
        const evaluated = await evaluateFileWithDuckDb(path, checked(query, azure), { basePath: base });
        expect(served.Value, url).toEqual(evaluated.ok && JSON.parse(`[${evaluated.value.map((row) => rowJson(row)).join(',')}]`));
        expect(served.TotalCount).toBe(evaluated.ok && evaluated.totalCount);
      }
    } finally {
      await server.close();
    }
  });
});

// The class: a CSV record DuckDB reads leniently (a stray quote anywhere in an unquoted cell, too
// many or too few cells) is refused by both, with the same error.
const damage = fc.oneof(
  fc.tuple(fc.string({ unit: fc.constantFrom('a', 'b', ' '), minLength: 1, maxLength: 4 }), fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 3 })).map(([before, after]) => `${before}"${after},1,2,2018-10-14T00:00:00`),
  fc.integer({ min: 1, max: 3 }).map((extra) => `Reseller,1,2,2018-10-14T00:00:00${',x'.repeat(extra)}`),
  fc.constantFrom('Reseller,1,2', 'Reseller'),
);

describe('damaged CSV records', () => {
  test.prop([fc.array(fc.constant('Direct,4,5,2018-10-14T00:00:00'), { maxLength: 5 }), damage], { numRuns: 10 })('are refused by serve at start-up with eval\'s error', async (good, bad) => {
    const path = files.file('damaged.csv', [HEADER, ...good, bad].join('\n') + '\n');
    const message = await evalError(path);
    expect(message).toMatch(/damaged\.csv:\d+:\d+: error PCAQ05\d\d: /);
    expect(await serveError(path)).toBe(message);
  });
});
