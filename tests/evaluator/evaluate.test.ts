import { describe, expect, it } from 'vitest';
import { comparison, field, or, stringLiteral, type Query } from '@pcaq/core';
import { type EvaluatorOptions, type Row } from '@pcaq/evaluator';
import { compileQuery, evaluate, evaluateStream } from 'pcaq';
import { ROWS, TENANT, usageRow } from '../../packages/evaluator/test/rows.js';

function run(query: Query, options: EvaluatorOptions & { all?: boolean } = {}, rows: readonly Row[] = ROWS) {
  const outcome = evaluate(rows, query, options);
  if (!outcome.ok) throw new Error(`unexpected diagnostics: ${outcome.diagnostics.map((d) => d.code).join(', ')}`);
  return outcome;
}

const codes = (query: Query, options: EvaluatorOptions = {}) => run(query, options).value.map((row) => row['workloadCode']);

describe('equality (docs/evaluation.md, "Equality")', () => {
  it.each<[string, string, EvaluatorOptions, unknown[]]>([
    ['ignores case by default', "channel eq 'RESELLER'", {}, ['SPO', 'EXO']],
    ['compares exactly with caseSensitive', "channel eq 'Reseller'", { caseSensitive: true }, ['EXO']],
    ['GUIDs ignore case even with caseSensitive', `customerTenantId eq '${TENANT.toLowerCase()}'`, { caseSensitive: true }, ['SPO', 'EXO', 'sfb', 'SFB', 'EXO']],
    ['a missing or null value is never equal', "channel eq ''", {}, []],
    ['ne is true for missing and null values', "channel ne 'Reseller'", {}, ['sfb', 'SFB', 'EXO']],
    ['quotes and non-ASCII compare as text', "customerName eq 'o''brien & SÖHNE'", {}, ['sfb']],
    ['astral characters', "customerName eq 'ÜNÏCODE 𝒜 LTD'", {}, ['EXO']],
    ['and binds tighter than or', "workloadCode eq 'SFB' or channel eq 'Reseller' and workloadCode eq 'EXO'", {}, ['EXO', 'sfb', 'SFB']],
  ])('%s', (_title, filter, options, expected) => {
    expect(codes({ filter }, options)).toEqual(expected);
  });

  it('accepts an AST from the builder or the core factories', () => {
    const filter = or([comparison(field('workloadCode'), 'eq', stringLiteral('sfb')), comparison(field('channel'), 'eq', stringLiteral('direct'))]);
    expect(codes({ filter })).toEqual(['sfb', 'SFB']);
  });

  it('folds each character on its own as SQL lower() does: İ is i, and Σ, σ and ς are one letter', () => {
    const rows = [usageRow({ customerName: 'İSTANBUL' }), usageRow({ customerName: 'ISTANBUL' }), usageRow({ customerName: 'i̇stanbul' })];
    expect(run({ filter: "customerName eq 'istanbul'" }, {}, rows).totalCount).toBe(2);
    const greek = [usageRow({ customerName: 'ΟΔΟΣ' }), usageRow({ customerName: 'οδοσ' }), usageRow({ customerName: 'ΟΔΟ' })];
    expect(run({ filter: "customerName eq 'οδος'" }, {}, greek).totalCount).toBe(2);
  });
});

describe('processedDateTime', () => {
  it.each<[string, Query, number]>([
    ['defaults to the latest day in the data', {}, 5],
    ['selects the day asked for', { processedDateTime: '2018-09-14' }, 1],
    ['compares at day precision', { processedDateTime: '2018-09-14T13:45:00Z' }, 1],
    ['a day without data gives nothing', { processedDateTime: '2017-01-01' }, 0],
  ])('%s', (_title, query, total) => {
    expect(run(query).totalCount).toBe(total);
  });

  it('uses undated rows only when no row is dated', () => {
    const rows = [usageRow({ processedDateTime: null }), usageRow({ processedDateTime: 'not a date' })];
    expect(run({}, {}, rows).totalCount).toBe(2);
    expect(run({}, {}, [...rows, usageRow({})]).totalCount).toBe(1);
  });

  it('finds the latest day wherever it is in the input', () => {
    const rows = [usageRow({ processedDateTime: '2018-10-15' }), ...ROWS, usageRow({ processedDateTime: '2018-10-15T23:59:59' })];
    expect(run({}, {}, rows).totalCount).toBe(2);
  });
});

describe('groupby', () => {
  it('returns one row per group in order of first appearance, with the first value seen and sums', () => {
    const result = run({ groupby: 'workloadCode' });
    expect(result.value).toEqual([
      { workloadCode: 'SPO', licensesActive: 1, licensesQualified: 2, processedDateTime: '2018-10-14T00:00:00' },
      { workloadCode: 'EXO', licensesActive: 12, licensesQualified: 14, processedDateTime: '2018-10-14T00:00:00' },
      { workloadCode: 'sfb', licensesActive: 12, licensesQualified: 14, processedDateTime: '2018-10-14T00:00:00' },
    ]);
    expect(result.totalCount).toBe(3);
  });

  it('groups case variants apart with caseSensitive, GUIDs still together', () => {
    expect(run({ groupby: ['workloadCode'] }, { caseSensitive: true }).totalCount).toBe(4);
    expect(run({ groupby: ['customerTenantId'] }, { caseSensitive: true }).totalCount).toBe(1);
  });

  it('puts missing and null values in one group shown as null', () => {
    const result = run({ groupby: 'channel' });
    expect(result.value.map((row) => row['channel'])).toEqual(['reseller', 'Direct', null]);
  });

  it('sums exactly past 2^53 - 1, as a bigint', () => {
    const rows = [
      usageRow({ licensesActive: Number.MAX_SAFE_INTEGER, licensesQualified: 1 }),
      usageRow({ licensesActive: 2, licensesQualified: null }),
      usageRow({ licensesActive: 9007199254740993n, licensesQualified: 2 }),
    ];
    const [row] = run({ groupby: 'channel' }, {}, rows).value;
    expect(row?.['licensesActive']).toBe(2n * 9007199254740992n + 2n);
    expect(row?.['licensesQualified']).toBe(3);
  });
});

describe('paging and nextLink', () => {
  it('applies skip then top, and links the next page with the same query', () => {
    const result = run({ filter: "channel ne 'x'", top: 2, skip: 1 });
    expect(result.value.map((row) => row['workloadCode'])).toEqual(['EXO', 'sfb']);
    expect(result.totalCount).toBe(5);
    expect(result.nextLink).toBe('/v1/analytics/commercial/usage/license/?filter=channel%20ne%20%27x%27&top=2&skip=3');
  });

  it.each<[string, Query, string | null]>([
    ['no link on the last page', { top: 2, skip: 3 }, null],
    ['no link when the page ends exactly at the end', { top: 5 }, null],
    ['skip past the end gives an empty page', { skip: 99 }, null],
    ['a default top is not written into the link', { groupby: 'workloadCode', skip: 0, top: 1 }, '/v1/analytics/commercial/usage/license/?groupby=workloadCode&top=1&skip=1'],
  ])('%s', (_title, query, link) => {
    expect(run(query).nextLink).toBe(link);
  });

  it('percent-encodes reserved characters of the filter in the link', () => {
    const rows = [usageRow({ customerName: "a%b&c#d+e=f 'g'" }), usageRow({ customerName: "A%B&C#D+E=F 'G'" })];
    const result = run({ filter: "customerName eq 'a%b&c#d+e=f ''g'''", top: 1 }, {}, rows);
    expect(result.totalCount).toBe(2);
    expect(result.nextLink).toBe(
      '/v1/analytics/commercial/usage/license/?filter=customerName%20eq%20%27a%25b%26c%23d%2Be%3Df%20%27%27g%27%27%27&top=1&skip=1',
    );
  });

  it('uses the basePath option', () => {
    expect(run({ top: 1 }, { basePath: '/partner/v1/analytics/commercial/usage/license' }).nextLink).toBe(
      '/partner/v1/analytics/commercial/usage/license?top=1&skip=1',
    );
  });

  it('returns every row with all, and no link', () => {
    const result = run({ top: 1, skip: 1 }, { all: true });
    expect(result.value).toHaveLength(5);
    expect(result.nextLink).toBeNull();
  });

  it('returns rows as read, the same objects, in input order', () => {
    expect(run({}).value).toEqual(ROWS.slice(0, 5));
    expect(run({}).value[0]).toBe(ROWS[0]);
  });
});

describe('bad queries', () => {
  it.each<[Query, string]>([
    [{ filter: "channel EQ 'x'" }, 'PCAQ0105'],
    [{ filter: "WorkloadCode eq 'x'" }, 'PCAQ0201'],
    [{ groupby: 'channel,,workloadCode' }, 'PCAQ0302'],
    [{ top: 0 }, 'PCAQ0401'],
    [{ processedDateTime: 'yesterday' }, 'PCAQ0403'],
  ])('%j is not evaluated: %s', (query, code) => {
    const outcome = evaluate(ROWS, query);
    expect(outcome.ok).toBe(false);
    expect(outcome.diagnostics.map((d) => d.code)).toContain(code);
    expect(compileQuery(query).ok).toBe(false);
  });

  it('keeps warnings on a result', () => {
    const outcome = evaluate(ROWS, { groupby: 'channel,channel' });
    expect(outcome.ok).toBe(true);
    expect(outcome.diagnostics.map((d) => [d.code, d.severity])).toEqual([['PCAQ0303', 'warning']]);
  });
});

describe('streaming', () => {
  async function* slowly(rows: readonly Row[]): AsyncGenerator<Row> {
    for (const row of rows) yield await Promise.resolve(row);
  }

  it('gives the in-memory answer from an async iterable, in one pass', async () => {
    const query: Query = { filter: "workloadCode ne 'spo'", groupby: 'channel', top: 2 };
    const streamed = await evaluateStream(slowly(ROWS), query);
    expect(streamed).toEqual(evaluate(ROWS, query));
  });

  it('hands rows to onRow at once when the date is fixed', () => {
    const compiled = compileQuery({ processedDateTime: '2018-10-14', top: 2 });
    if (!compiled.ok) throw new Error('query');
    const seen: Row[] = [];
    const run = compiled.start({ onRow: (row) => seen.push(row) });
    run.push(ROWS[0]!);
    expect(seen).toEqual([ROWS[0]]);
    run.push(ROWS[1]!);
    run.push(ROWS[2]!);
    expect(run.finish()).toMatchObject({ value: [], totalCount: 3 });
    expect(seen).toHaveLength(2);
  });

  it('forgets an older date when a later one appears', () => {
    const compiled = compileQuery({ groupby: 'workloadCode' });
    if (!compiled.ok) throw new Error('query');
    const run = compiled.start();
    run.push(usageRow({ processedDateTime: '2018-01-01', workloadCode: 'OLD' }));
    run.push(usageRow({ processedDateTime: '2018-02-01', workloadCode: 'NEW' }));
    run.push(usageRow({ processedDateTime: '2018-01-01', workloadCode: 'OLD' }));
    expect(run.finish().value.map((row) => row['workloadCode'])).toEqual(['NEW']);
  });

  it('handles empty input', async () => {
    expect(run({}, {}, [])).toMatchObject({ value: [], totalCount: 0, nextLink: null });
    expect(await evaluateStream(slowly([]), { groupby: 'channel' })).toMatchObject({ ok: true, value: [], totalCount: 0, nextLink: null });
  });
});
