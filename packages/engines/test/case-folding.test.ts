import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase } from '@pcaq/evaluator';
import { engineConnections } from './engine-connections.js';
import { postgresSuiteName } from './postgres-server.js';

// The folding every engine must compute (docs/evaluation.md, "What ignoring case means"): the
// SQL side is what @pcaq/sql emits (foldCaseSql), checked here against the evaluator's foldCase.
const FOLD_SQL = "replace(lower(s), 'ς', 'σ')";
const engines = await engineConnections('pcaq_case_folding');
const { postgres } = engines;

/** Every code point but NUL (PostgreSQL text cannot hold it) and the surrogates. */
function everyCodePoint(): string[] {
  const texts: string[] = [];
  for (let c = 1; c <= 0x10ffff; c++) if (c < 0xd800 || c > 0xdfff) texts.push(String.fromCodePoint(c));
  return texts;
}

/**
 * Texts to fold, each behind an `x`: DuckDB's Node client decodes results with a TextDecoder,
 * which drops a leading U+FEFF (docs/engines.md, "Limitations").
 */
const guarded = (texts: readonly string[]): string[] => texts.map((text) => `x${text}`);

async function duckDbFolds(texts: readonly string[]): Promise<string[]> {
  const connection = engines.duckdb();
  await connection.run('CREATE OR REPLACE TABLE fold_input (i INTEGER, s VARCHAR)');
  const appender = await connection.createAppender('fold_input');
  texts.forEach((text, i) => {
    appender.appendInteger(i);
    appender.appendVarchar(text);
    appender.endRow();
  });
  appender.closeSync();
  const reader = await connection.runAndReadAll(`SELECT ${FOLD_SQL} AS folded FROM fold_input ORDER BY i`);
  return reader.getRowObjects().map((row) => String(row.folded));
}

async function postgresFolds(texts: readonly string[]): Promise<string[]> {
  const result = await postgres!.query({
    text: `SELECT ${FOLD_SQL} AS folded FROM unnest($1::text[]) WITH ORDINALITY AS input(s, i) ORDER BY i`,
    values: [texts],
  });
  return result.rows.map((row: { folded: string }) => row.folded);
}

const unicodeTexts = fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 1, maxLength: 50 })
  .map((texts) => texts.filter((text) => !text.includes('\0')));
const caseHeavyTexts = fc.array(
  fc.array(fc.constantFrom('Σ', 'ς', 'σ', 'İ', 'ı', 'I', 'i', '\u0307', 'ẞ', 'ß', 'K', 'Å', 'Ǆ', 'ǅ', 'ǆ', 'Ω', 'A', 'ﬀ', 'Ꭰ', 'ꭰ', ' '), { maxLength: 8 }).map((parts) => parts.join('')),
  { minLength: 1, maxLength: 50 },
);

describe('case folding: the evaluator folds exactly as DuckDB', () => {
  it('folds every code point alike', async () => {
    const texts = guarded(everyCodePoint());
    expect(await duckDbFolds(texts)).toEqual(texts.map(foldCase));
  }, 60_000);

  it('folds arbitrary Unicode text and case-heavy text alike', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(unicodeTexts, caseHeavyTexts), async (texts) => {
        const input = guarded(texts);
        expect(await duckDbFolds(input)).toEqual(input.map(foldCase));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every text at its length in UTF-16 units (the equality test rejects other lengths first)', () => {
    expect(everyCodePoint().filter((text) => foldCase(text).length !== text.length)).toEqual([]);
  });

  it('makes the Greek final sigma and the Turkish dotted capital I compare as the SQL engines do', () => {
    expect(foldCase('ΟΔΟΣ')).toBe(foldCase('οδος'));
    expect(foldCase('İSTANBUL')).toBe('istanbul');
  });
});

describe.skipIf(postgres === undefined)(postgresSuiteName(postgres, 'case folding: the evaluator folds exactly as PostgreSQL'), () => {
  it('folds every code point alike', async () => {
    const texts = guarded(everyCodePoint());
    expect(await postgresFolds(texts)).toEqual(texts.map(foldCase));
  }, 60_000);

  it('folds arbitrary Unicode text and case-heavy text alike', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(unicodeTexts, caseHeavyTexts), async (texts) => {
        expect(await postgresFolds(texts)).toEqual(texts.map(foldCase));
      }),
      { numRuns: 100 },
    );
  });
});
