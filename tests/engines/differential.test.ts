import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from 'pcaq';
import { evaluateOnDuckDb, evaluateOnPostgres } from '@pcaq/engines';
import { queryArbitrary, rowArbitrary } from '../../packages/engines/test/arbitraries.js';
import { loadIntoDuckDb, loadIntoPostgres } from '../../packages/engines/test/load-rows.js';
import { engineConnections } from '../../packages/engines/test/engine-connections.js';
import { postgresSuiteName } from '../../packages/engines/test/postgres-server.js';
import { checked } from './checked.js';

// One connection each for the whole file: connecting is the slow part, queries are quick.
// One table per test run (a random name): other checkouts run this suite on the same server at
// once, and their process ids can be the same as ours.
const TABLE = `pcaq_differential_${randomBytes(6).toString('hex')}`;
const engines = await engineConnections(TABLE);
const { postgres } = engines;

const table = { kind: 'table', name: TABLE, ordinal: 'ordinal' } as const;
const rowsAndQueries = fc.tuple(
  fc.array(rowArbitrary, { minLength: 1, maxLength: 40, size: "medium" }),
  fc.array(fc.tuple(queryArbitrary, fc.boolean()), { minLength: 1, maxLength: 4 }),
);

describe('in-memory evaluator == DuckDB', () => {
  it('gives the same rows, sums, totals and nextLinks for generated rows and queries', async () => {
    await fc.assert(
      fc.asyncProperty(rowsAndQueries, async ([rows, queries]) => {
        await loadIntoDuckDb(engines.duckdb(), table.name, rows);
        for (const [query, caseSensitive] of queries) {
          const expected = evaluate(rows, checked(query), { caseSensitive });
          expect(await evaluateOnDuckDb(engines.duckdb(), checked(query), { source: table, caseSensitive })).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe.skipIf(postgres === undefined)(postgresSuiteName(postgres, 'in-memory evaluator == DuckDB == PostgreSQL'), () => {
  it('gives the same rows, sums, totals and nextLinks for generated rows and queries', async () => {
    await fc.assert(
      fc.asyncProperty(rowsAndQueries, async ([rows, queries]) => {
        await loadIntoDuckDb(engines.duckdb(), table.name, rows);
        await loadIntoPostgres(postgres!, table.name, rows);
        for (const [query, caseSensitive] of queries) {
          const expected = evaluate(rows, checked(query), { caseSensitive });
          expect(await evaluateOnDuckDb(engines.duckdb(), checked(query), { source: table, caseSensitive })).toEqual(expected);
          expect(await evaluateOnPostgres(postgres!, checked(query), { source: table, caseSensitive })).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('sums past 2^63 exactly in both engines', async () => {
    const big = 2n ** 62n + 7n;
    const rows = Array.from({ length: 5 }, () => ({ channel: 'Reseller', licensesActive: big, licensesQualified: 1, processedDateTime: '2018-10-14T00:00:00' }));
    await loadIntoDuckDb(engines.duckdb(), table.name, rows);
    await loadIntoPostgres(postgres!, table.name, rows);
    const query = { groupby: 'channel' };
    const expected = { ok: true, diagnostics: [], value: [{ channel: 'Reseller', licensesActive: big * 5n, licensesQualified: 5, processedDateTime: '2018-10-14T00:00:00' }], totalCount: 1, nextLink: null };
    expect(evaluate(rows, query)).toEqual(expected);
    expect(await evaluateOnDuckDb(engines.duckdb(), checked(query), { source: table })).toEqual(expected);
    expect(await evaluateOnPostgres(postgres!, checked(query), { source: table })).toEqual(expected);
  });
});
