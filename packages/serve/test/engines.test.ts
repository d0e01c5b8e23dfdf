import { DuckDBInstance } from '@duckdb/node-api';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatRequestUrl } from '@pcaq/printer';
import { checkQuery } from '@pcaq/linter';
import { openDuckDbRowStore, openJsRowStore, startServer } from '@pcaq/serve';
import { compiledText, get, PATH, queryArbitrary, rowArbitrary, temporaryDirectory } from './support.js';

function ndjson(rows: readonly object[]): string {
  return rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
}

function csv(rows: readonly Record<string, unknown>[]): string {
  const columns = Object.keys(rows[0] ?? { workloadCode: null });
  const cell = (value: unknown): string => (value === null || value === undefined ? '' : `"${String(value).replaceAll('"', '""')}"`);
  return [columns.join(','), ...rows.map((row) => columns.map((name) => cell(row[name])).join(','))].join('\r\n') + '\r\n';
}

describe('DuckDB serves what JavaScript serves', () => {
  test.prop([fc.array(rowArbitrary, { minLength: 1, maxLength: 25 }), fc.array(queryArbitrary, { minLength: 1, maxLength: 6 }), fc.constantFrom('json', 'ndjson', 'csv')], {
    numRuns: 12,
  })('the same files and queries, the same bodies from both engines', async (rows, queries, format) => {
    const files = temporaryDirectory();
    const text = format === 'json' ? JSON.stringify({ Value: rows }) : format === 'ndjson' ? ndjson(rows) : csv(rows);
    const path = files.file(`rows.${format}`, text);
    const js = await startServer({ files: [path], engine: 'js' });
    const duckdb = await startServer({ files: [path], engine: 'duckdb' });
    try {
      expect([js.engine, duckdb.engine, duckdb.rowCount]).toEqual(['js', 'duckdb', rows.length]);
      for (const query of queries) {
        const url = formatRequestUrl(query, PATH);
        const [fromJs, fromDuckDb] = await Promise.all([get(`${js.url}${url}`), get(`${duckdb.url}${url}`)]);
        expect(await fromDuckDb.json()).toEqual(await fromJs.json());
      }
    } finally {
      await Promise.all([js.close(), duckdb.close()]);
      files.remove();
    }
  });

  test.prop([fc.array(rowArbitrary, { minLength: 1, maxLength: 40 }), fc.array(queryArbitrary, { minLength: 2, maxLength: 3 }), fc.integer({ min: 1, max: 3 })], { numRuns: 8 })(
    'paging through results kept for paging, more of them than the cache holds, gives every row once, in order (both engines)',
    async (rows, queries, results) => {
      const files = temporaryDirectory();
      const path = files.file('rows.ndjson', ndjson(rows));
      for (const store of [await openDuckDbRowStore([path], { results }), await openJsRowStore([path], { results })]) {
        try {
          const pages = queries.map((query) => ({ query, skip: 0, rows: [] as unknown[], done: false }));
          // Interleaved, so each query's result is dropped and made again between its pages.
          while (pages.some((page) => !page.done)) {
            for (const page of pages.filter((entry) => !entry.done)) {
              const { checked } = checkQuery({ ...page.query, top: 3, skip: page.skip });
              if (checked === undefined) throw new Error('generated an invalid query');
              const outcome = await store.evaluate(checked, PATH);
              if (!outcome.ok) throw new Error('generated an invalid query');
              page.rows.push(...outcome.value);
              page.done = outcome.nextLink === null;
              page.skip += 3;
            }
          }
          for (const page of pages) {
            const compiled = compiledText(page.query);
            if (compiled === undefined) throw new Error('generated an invalid query');
            const all = compiled.evaluate(rows, { all: true });
            expect(all.ok && JSON.parse(JSON.stringify(page.rows))).toEqual(all.ok && JSON.parse(JSON.stringify(all.value)));
          }
        } finally {
          await store.close();
        }
      }
      files.remove();
    },
  );

  it('serves Parquet through DuckDB, files in the order given, licenseActive read as licensesActive, a timestamp written as pcaq eval writes it', async () => {
    const files = temporaryDirectory();
    const first = files.file('first.ndjson', ndjson([{ channel: 'Reseller', licenseActive: 2, licensesQualified: 3, processedDateTime: '2018-10-14T00:00:00' }]));
    const parquet = `${files.path}/second.parquet`;
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT 'Direct' AS channel, 5::BIGINT AS licensesActive, 6::BIGINT AS licensesQualified, TIMESTAMP '2018-10-14 00:00:00' AS processedDateTime) TO '${parquet}' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    const server = await startServer({ files: [first, parquet] });
    try {
      expect(server.engine).toBe('duckdb');
      expect(await (await get(`${server.url}${PATH}`)).json()).toEqual({
        Value: [
          { channel: 'Reseller', licensesActive: 2, licensesQualified: 3, processedDateTime: '2018-10-14T00:00:00' },
          { channel: 'Direct', licensesActive: 5, licensesQualified: 6, processedDateTime: '2018-10-14T00:00:00' },
        ],
        '@nextLink': null,
        TotalCount: 2,
      });
    } finally {
      await server.close();
      files.remove();
    }
  });

  it('a bad count stops the start with the file, line and column named, the same on both engines', async () => {
    const files = temporaryDirectory();
    const path = files.file('bad.csv', 'channel,licensesActive\nReseller,1\nDirect,-5\n');
    try {
      const message = `${path}:3:8: error PCAQ0513: licensesActive must be a non-negative integer written in digits; found '-5'`;
      await expect(startServer({ files: [path], engine: 'duckdb' })).rejects.toThrow(message);
      await expect(startServer({ files: [path], engine: 'js' })).rejects.toThrow(message);
      await expect(startServer({ files: [`${files.path}/missing.csv`] })).rejects.toThrow(/cannot read '.*missing\.csv' \(ENOENT\)/);
    } finally {
      files.remove();
    }
  });

  it('refuses an endpoint that does not exist, naming the known ones', async () => {
    await expect(startServer({ files: [], endpoint: 'revenue' })).rejects.toThrow("unknown endpoint 'revenue'; the endpoints are: license-usage, license-deployment, subscriptions, azure-usage, indirect-resellers, referrals, search");
  });
});
