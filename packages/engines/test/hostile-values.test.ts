import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparison, field, or, stringLiteral, type Query } from '@pcaq/core';
import { evaluate, type Row } from '@pcaq/evaluator';
import { evaluateOnDuckDb, evaluateOnPostgres } from '@pcaq/engines';
import { loadIntoDuckDb, loadIntoPostgres } from './load-rows.js';
import { engineConnections } from './engine-connections.js';
import { postgresSuiteName } from './postgres-server.js';

// Any text a row or a literal may hold, run for real: quotes, comment markers, `$1`, backslashes,
// astral characters. NUL is left out: PostgreSQL text cannot hold it.
const anyText = fc.oneof(
  fc.constantFrom("'", "x' OR '1'='1", "'); DROP TABLE pcaq_hostile; --", '$1', '\\', '%', '_', '🦆', ' '),
  fc.string({ unit: 'binary', maxLength: 8 }).filter((text) => !text.includes('\0')),
);
// Case-insensitive runs use printable ASCII, where every engine folds case alike.
const asciiText = fc.string({ maxLength: 6 });

const engines = await engineConnections('pcaq_hostile');
const { postgres } = engines;

const source = { kind: 'table', name: 'pcaq_hostile', ordinal: 'ordinal' } as const;

function scenario(text: fc.Arbitrary<string>) {
  return fc.array(text, { minLength: 1, maxLength: 6 }).chain((values) =>
    fc.tuple(
      fc.array(fc.record({ channel: fc.constantFrom(...values), customerName: fc.constantFrom(...values), licensesActive: fc.nat(9), processedDateTime: fc.constant('2018-10-14') }), { minLength: 1, maxLength: 12 }),
      fc.tuple(fc.constantFrom(...values), fc.constantFrom(...values), fc.constantFrom('eq' as const, 'ne' as const)),
    ),
  );
}

function queryOf([a, b, operator]: [string, string, 'eq' | 'ne']): Query {
  return { filter: or([comparison(field('channel'), operator, stringLiteral(a)), comparison(field('customerName'), 'eq', stringLiteral(b))]), groupby: ['channel'] };
}

describe('hostile values run as data, never as SQL', () => {
  it('DuckDB answers as the evaluator for any text, compared exactly', async () => {
    await fc.assert(
      fc.asyncProperty(scenario(anyText), async ([rows, parts]) => {
        await loadIntoDuckDb(engines.duckdb(), source.name, rows as Row[]);
        const query = queryOf(parts);
        expect(await evaluateOnDuckDb(engines.duckdb(), query, { source, caseSensitive: true })).toEqual(evaluate(rows as Row[], query, { caseSensitive: true }));
      }),
      { numRuns: 40 },
    );
  });

  it('DuckDB answers as the evaluator for ASCII text, ignoring case', async () => {
    await fc.assert(
      fc.asyncProperty(scenario(asciiText), async ([rows, parts]) => {
        await loadIntoDuckDb(engines.duckdb(), source.name, rows as Row[]);
        const query = queryOf(parts);
        expect(await evaluateOnDuckDb(engines.duckdb(), query, { source })).toEqual(evaluate(rows as Row[], query));
      }),
      { numRuns: 40 },
    );
  });
});

describe.skipIf(postgres === undefined)(postgresSuiteName(postgres, 'hostile values on PostgreSQL'), () => {
  it('PostgreSQL answers as the evaluator for any text, compared exactly', async () => {
    await fc.assert(
      fc.asyncProperty(scenario(anyText), async ([rows, parts]) => {
        await loadIntoPostgres(postgres!, source.name, rows as Row[]);
        const query = queryOf(parts);
        expect(await evaluateOnPostgres(postgres!, query, { source, caseSensitive: true })).toEqual(evaluate(rows as Row[], query, { caseSensitive: true }));
      }),
      { numRuns: 40 },
    );
  });
});
