import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparison, field, or, stringLiteral, type Query } from '@pcaq/core';
import { type Row } from '@pcaq/evaluator';
import { evaluate } from 'pcaq';
import { evaluateOnDuckDb, evaluateOnPostgres } from '@pcaq/engines';
import { loadIntoDuckDb, loadIntoPostgres } from '../../packages/engines/test/load-rows.js';
import { engineConnections } from '../../packages/engines/test/engine-connections.js';
import { postgresSuiteName } from '../../packages/engines/test/postgres-server.js';
import { checked } from './checked.js';

// One table per test run (a random name): other checkouts run this suite on the same server at
// once, and their process ids can be the same as ours.
const TABLE = `pcaq_hostile_${randomBytes(6).toString('hex')}`;
// Any text a row or a literal may hold, run for real: quotes, comment markers, `$1`, backslashes,
// astral characters. NUL is left out: PostgreSQL text cannot hold it.
const anyText = fc.oneof(
  fc.constantFrom("'", "x' OR '1'='1", `'); DROP TABLE ${TABLE}; --`, '$1', '\\', '%', '_', '🦆', ' '),
  fc.string({ unit: 'binary', maxLength: 8 }).filter((text) => !text.includes('\0')),
);
// Case-insensitive runs use any Unicode text, with the letters engines used to fold differently
// (final sigma, dotted capital I): one folding on every engine (docs/evaluation.md). A leading
// U+FEFF is left out: DuckDB's client drops it from returned text (docs/engines.md, Limitations).
const unicodeText = fc
  .oneof(anyText, fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom('ΟΔΟΣ', 'οδος', 'İSTANBUL', 'istanbul', 'i̇stanbul', 'ǅ', 'ǆ'))
  .filter((text) => !text.startsWith('\uFEFF') && !text.includes('\0'));

const engines = await engineConnections(TABLE);
const { postgres } = engines;

const source = { kind: 'table', name: TABLE, ordinal: 'ordinal' } as const;

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
        expect(await evaluateOnDuckDb(engines.duckdb(), checked(query), { source, caseSensitive: true })).toEqual(evaluate(rows as Row[], checked(query), { caseSensitive: true }));
      }),
      { numRuns: 40 },
    );
  });

  it('DuckDB answers as the evaluator for any Unicode text, ignoring case', async () => {
    await fc.assert(
      fc.asyncProperty(scenario(unicodeText), async ([rows, parts]) => {
        await loadIntoDuckDb(engines.duckdb(), source.name, rows as Row[]);
        const query = queryOf(parts);
        expect(await evaluateOnDuckDb(engines.duckdb(), checked(query), { source })).toEqual(evaluate(rows as Row[], checked(query)));
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
        expect(await evaluateOnPostgres(postgres!, checked(query), { source, caseSensitive: true })).toEqual(evaluate(rows as Row[], checked(query), { caseSensitive: true }));
      }),
      { numRuns: 40 },
    );
  });

  it('PostgreSQL answers as the evaluator for any Unicode text, ignoring case', async () => {
    await fc.assert(
      fc.asyncProperty(scenario(unicodeText), async ([rows, parts]) => {
        await loadIntoPostgres(postgres!, source.name, rows as Row[]);
        const query = queryOf(parts);
        expect(await evaluateOnPostgres(postgres!, checked(query), { source })).toEqual(evaluate(rows as Row[], checked(query)));
      }),
      { numRuns: 40 },
    );
  });
});
