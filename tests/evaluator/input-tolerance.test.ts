import { describe, expect, it } from 'vitest';
import type { Query } from '@pcaq/core';
import { NOT_A_COUNT, readCount } from '@pcaq/core';
import { MAX_ROW_DIAGNOSTICS, type Row, type RowSource } from '@pcaq/evaluator';
import { compileQuery, evaluate, evaluateStream } from 'pcaq';
import { usageRow } from '../../packages/evaluator/test/rows.js';

// docs/evaluation.md, "Input tolerance", for rows handed to the library (not read from a file).
const DAY = '2018-10-14T00:00:00';
const page = [
  { processedDateTime: DAY, workloadCode: 'SPO', channel: 'reseller', licenseActive: 0, licensesQualified: 1 },
  { processedDateTime: DAY, workloadCode: 'EXO', channel: 'reseller', licenseActive: '7', licensesQualified: '1' },
];
const BY_CHANNEL: Query = { groupby: 'channel' };
const EXPECTED_GROUP = [{ channel: 'reseller', licensesActive: 7, licensesQualified: 2, processedDateTime: DAY }];

async function* slowly(rows: readonly unknown[]): AsyncGenerator<Row> {
  for (const row of rows) yield (await Promise.resolve(row)) as Row;
}

function asSource(value: unknown): RowSource {
  return value as RowSource;
}

describe('what the evaluator accepts as rows', () => {
  it.each<[string, unknown]>([
    ['a bare array', page],
    ['a response body with Value', { Value: page }],
    ['a response body with value', { value: page }],
    ['a one-shot iterable', { value: (function* () { yield* page; })() }],
    ['a Set', new Set(page)],
  ])('%s', async (_title, source) => {
    const outcome = evaluate(asSource(source), BY_CHANNEL);
    expect(outcome).toMatchObject({ ok: true, value: EXPECTED_GROUP, totalCount: 1 });
  });

  it('streams an async iterable and a response body alike', async () => {
    expect(await evaluateStream(slowly(page), BY_CHANNEL)).toMatchObject({ ok: true, value: EXPECTED_GROUP });
    expect(await evaluateStream({ Value: page }, BY_CHANNEL)).toMatchObject({ ok: true, value: EXPECTED_GROUP });
  });

  it.each<[string, unknown, string]>([
    ['a number', 42, 'a number'],
    ['a string (iterable, but not rows)', 'abc', 'a string'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['an object without Value', { rows: [] }, 'an object without a Value member'],
    ['a body whose Value is not rows', { Value: 3 }, 'a response body whose Value is a number'],
    ['a body whose value is null', { value: null }, 'a response body whose value is null'],
  ])('reports %s as PCAQ0502, never throws', async (_title, source, found) => {
    for (const outcome of [evaluate(asSource(source), {}), await evaluateStream(asSource(source), {})]) {
      expect(outcome.ok).toBe(false);
      expect(outcome.diagnostics.map((d) => [d.code, d.line, d.column, d.span])).toEqual([['PCAQ0502', 1, 1, { start: 0, end: 0 }]]);
      expect(outcome.diagnostics[0]?.message).toContain(found);
    }
  });

  it('reports a row that is not an object by its row number', () => {
    const outcome = evaluate(asSource([usageRow({}), null, 5, usageRow({})]), {});
    expect(outcome.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['PCAQ0502', 2],
      ['PCAQ0502', 3],
    ]);
  });
});

describe('how rows are read', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['licenseActive is read as licensesActive', { licenseActive: 3 }, { licensesActive: 3 }],
    ['numeric strings are numbers', { licensesActive: '12', licensesQualified: '0' }, { licensesActive: 12, licensesQualified: 0 }],
    ['a numeric string past 2^53 - 1 is an exact bigint', { licensesActive: '9007199254740993' }, { licensesActive: 9007199254740993n }],
    ['a small bigint becomes a number', { licensesActive: 5n }, { licensesActive: 5 }],
    ['the empty string is a missing count', { licensesActive: '' }, { licensesActive: null }],
    ['both spellings present: both kept as given', { licensesActive: 1, licenseActive: 2 }, { licensesActive: 1, licenseActive: 2 }],
    ['an undefined licensesActive does not hide licenseActive', { licensesActive: undefined, licenseActive: '4' }, { licensesActive: 4 }],
  ])('%s', (_title, input, expected) => {
    const outcome = evaluate([input as Row], {});
    expect(outcome).toMatchObject({ ok: true, totalCount: 1 });
    if (outcome.ok) expect(outcome.value[0]).toEqual(expected);
  });

  it('passes clean rows through as the same objects, and copies only rows that need it', () => {
    const clean = usageRow({ licensesActive: 2, licensesQualified: null });
    const aliased = { ...usageRow({}), licensesActive: undefined, licenseActive: '2' };
    const outcome = evaluate([clean, aliased], {});
    if (!outcome.ok) throw new Error('unexpected diagnostics');
    expect(outcome.value[0]).toBe(clean);
    expect(outcome.value[1]).not.toBe(aliased);
    expect(outcome.value[1]).not.toHaveProperty('licenseActive');
    expect(aliased.licenseActive).toBe('2');
  });

  it('sums aliased and string counts exactly in groups', () => {
    const rows = [{ processedDateTime: DAY, channel: 'x', licenseActive: String(Number.MAX_SAFE_INTEGER) }, { processedDateTime: DAY, channel: 'x', licensesActive: '2' }];
    expect(evaluate(rows, BY_CHANNEL)).toMatchObject({ ok: true, value: [{ licensesActive: 9007199254740993n, licensesQualified: 0 }] });
  });
});

describe('a count that is not a non-negative integer (PCAQ0501)', () => {
  it.each<[string, unknown, string]>([
    ['negative', -3, '-3'],
    ['fractional', 2.5, '2.5'],
    ['a non-numeric string', 'abc', "'abc'"],
    ['a negative numeric string', '-1', "'-1'"],
    ['a decimal string', '1.0', "'1.0'"],
    ['NaN', Number.NaN, 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity'],
    ['an unsafe number', 2 ** 60, String(2 ** 60)],
    ['a boolean', true, 'true'],
    ['an object', { n: 1 }, '{"n":1}'],
    ['an array', [1], '[1]'],
    ['a negative bigint', -1n, '-1'],
  ])('%s', async (_title, count, shown) => {
    const rows = [usageRow({}), usageRow({}), { ...usageRow({}), licensesQualified: count } as unknown as Row];
    const expected = [['PCAQ0501', 'error', 3, 1, { start: 0, end: 0 }, `Row 3: 'licensesQualified' must be a non-negative integer; found ${shown}.`]];
    for (const outcome of [evaluate(rows, BY_CHANNEL), await evaluateStream(slowly(rows), {})]) {
      expect(outcome.ok).toBe(false);
      expect(outcome.diagnostics.map((d) => [d.code, d.severity, d.line, d.column, d.span, d.message])).toEqual(expected);
    }
  });

  it('names the field as written and counts rows of every processed date', () => {
    const rows = [usageRow({ processedDateTime: '2017-01-01' }), { ...usageRow({ processedDateTime: '2017-01-01', licensesActive: undefined }), licenseActive: 'x' }, usageRow({})];
    const outcome = evaluate(rows, { processedDateTime: '2018-10-14' });
    expect(outcome.diagnostics.map((d) => [d.line, d.message])).toEqual([[2, "Row 2: 'licenseActive' must be a non-negative integer; found 'x'."]]);
  });

  it(`reports every bad row, up to ${MAX_ROW_DIAGNOSTICS}`, () => {
    const rows = Array.from({ length: 150 }, (_, i) => (i % 2 === 0 ? usageRow({}) : usageRow({ licensesActive: -i })));
    const outcome = evaluate(rows, {});
    expect(outcome.diagnostics).toHaveLength(75);
    const many = evaluate(Array.from({ length: 300 }, () => usageRow({ licensesActive: 'n' })), {});
    expect(many.diagnostics.map((d) => d.line)).toEqual(Array.from({ length: MAX_ROW_DIAGNOSTICS }, (_, i) => i + 1));
  });

  it('keeps the compiled query’s warnings next to the row diagnostics', () => {
    const compiled = compileQuery({ filter: "channel eq 'x'", extra: '1' } as Query);
    if (!compiled.ok) throw new Error('query');
    const outcome = compiled.evaluate([usageRow({ licensesActive: -1 })]);
    expect(outcome.diagnostics.map((d) => d.code)).toEqual([...compiled.diagnostics.map((d) => d.code), 'PCAQ0501']);
  });

  it('voids an incremental run: start() reports in diagnostics and finishes empty', () => {
    const compiled = compileQuery({ groupby: 'channel' });
    if (!compiled.ok) throw new Error('query');
    const run = compiled.start();
    run.push(usageRow({ licensesActive: 5 }));
    run.push(usageRow({ licensesActive: 'five' }));
    run.push(usageRow({ licensesActive: 5 }));
    expect(run.diagnostics.map((d) => [d.code, d.line])).toEqual([['PCAQ0501', 2]]);
    expect(run.finish()).toEqual({ value: [], totalCount: 0, nextLink: null });
  });
});

describe('readCount (shared with @pcaq/readers)', () => {
  it.each<[unknown, unknown]>([
    [0, 0],
    ['42', 42],
    [' 42 ', 42],
    ['', null],
    [null, null],
    [undefined, undefined],
    [12345678901234567890n, 12345678901234567890n],
    ['12345678901234567890', 12345678901234567890n],
    [' ', NOT_A_COUNT],
    ['+1', NOT_A_COUNT],
    ['1e3', NOT_A_COUNT],
    [-0.5, NOT_A_COUNT],
    [false, NOT_A_COUNT],
  ])('%o -> %o', (value, expected) => {
    expect(readCount(value)).toBe(expected);
  });
});
