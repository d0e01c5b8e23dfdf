import { describe, expect, it } from 'vitest';
import { lintQuery, checkQuery } from '@pcaq/linter';
import { encodeQuery } from '@pcaq/printer';

type Row = [value: unknown, valid: boolean];

const codeAndSpan = (query: object) => lintQuery(query).map((d) => [d.source, d.code, d.span.start, d.span.end]);

describe('top (PCAQ0401): a whole number from 1 to 10000', () => {
  const rows: Row[] = [
    [1, true], [10_000, true], ['1', true], ['10000', true], ['0010', true],
    [0, false], [10_001, false], [-1, false], [1.5, false], [NaN, false], [Infinity, false],
    ['0', false], ['10001', false], ['+5', false], ['5.0', false], ['1e3', false], [' 5', false], ['5 ', false], ['', false], ['five', false], ['-1', false],
    [true, false], [{}, false],
  ];
  it.each(rows)('%j valid: %s', (top, valid) => {
    const text = typeof top === 'string' ? top : String(top);
    expect(codeAndSpan({ top })).toEqual(valid ? [] : [['top', 'PCAQ0401', 0, text === '[object Object]' ? 15 : text.length]]);
  });
});

describe('skip (PCAQ0402): a whole number, 0 or more', () => {
  const rows: Row[] = [
    [0, true], ['0', true], [10_000, true], ['123456789', true], [Number.MAX_SAFE_INTEGER, true],
    [-1, false], ['-1', false], [0.5, false], ['+0', false], ['1e3', false], ['', false], ['99999999999999999999', false], [2 ** 60, false],
  ];
  it.each(rows)('%j valid: %s', (skip, valid) => {
    const text = String(skip);
    expect(codeAndSpan({ skip })).toEqual(valid ? [] : [['skip', 'PCAQ0402', 0, text.length]]);
  });
});

describe('processedDateTime (PCAQ0403): ISO 8601 date or date-time, a real day', () => {
  const rows: Row[] = [
    ['2018-10-14', true], ['2018-10-14T00:00', true], ['2018-10-14T00:00:00', true], ['2018-10-14T23:59:59.999', true],
    ['2018-10-14T00:00:00.1234567', true], ['2018-10-14T00:00:00Z', true], ['2018-10-14T00:00:00+05:30', true], ['2018-10-14T00:00-08:00', true],
    ['2020-02-29', true], ['2000-02-29', true],
    ['2018-02-30', false], ['2019-02-29', false], ['1900-02-29', false], ['2018-13-01', false], ['2018-00-10', false], ['2018-04-31', false],
    ['0000-01-01', false], ['2018-10-14T24:00', false], ['2018-10-14T12:60', false], ['2018-10-14T12:00:60', false], ['2018-10-14Z', false],
    ['2018-10-14T00', false], ['2018-10-14 00:00:00', false], ['2018-10-14t00:00', false], ['2018-10-14T00:00:00z', false],
    ['18-10-14', false], ['2018-1-14', false], ['14/10/2018', false], ['', false], [' 2018-10-14', false], ['2018-10-14T00:00:00+0530', false],
    ['2018-10-14T00:00:00.', false], [20181014, false],
  ];
  it.each(rows)('%j valid: %s', (processedDateTime, valid) => {
    const text = String(processedDateTime);
    expect(codeAndSpan({ processedDateTime })).toEqual(valid ? [] : [['processedDateTime', 'PCAQ0403', 0, text.length]]);
  });

  it('keeps the value as given when resolving', () => {
    expect(checkQuery({ processedDateTime: '2018-10-14T00:00:00Z' }).checked?.processedDateTime).toBe('2018-10-14T00:00:00Z');
  });
});

describe('defensive about JavaScript callers', () => {
  it('treats a non-object query as empty and null parameters as absent', () => {
    for (const query of [null, undefined, 42, 'top=5', [], () => 1]) expect(lintQuery(query as never)).toEqual([]);
    expect(lintQuery({ top: null, skip: null, filter: null, groupby: null, processedDateTime: null } as never)).toEqual([]);
    expect(checkQuery(null as never).checked).toMatchObject({ type: 'CheckedQuery', top: 10_000, skip: 0 });
  });

  it('survives throwing getters and values that cannot become strings', () => {
    const query = Object.defineProperty({}, 'top', { get: () => { throw new Error('boom'); }, enumerable: true });
    expect(lintQuery(query)).toEqual([]);
    expect(lintQuery({ top: Object.create(null) }).map((d) => d.code)).toEqual(['PCAQ0401']);
    expect(lintQuery({ skip: Symbol('x') as never }).map((d) => d.code)).toEqual(['PCAQ0402']);
  });

  it('ignores bad option values', () => {
    expect(lintQuery({ top: 5 }, { maxQueryStringLength: NaN })).toEqual([]);
    expect(lintQuery({ top: 5 }, null as never)).toEqual([]);
  });
});

describe('query string length (PCAQ0408)', () => {
  it('warns past 2,048 encoded characters, with source url, and respects the option', () => {
    const filter = `workloadCode eq '${'x'.repeat(2048)}'`;
    const [d] = lintQuery({ filter });
    const length = encodeQuery({ filter }).length;
    expect(d).toMatchObject({ code: 'PCAQ0408', severity: 'warning', source: 'url', span: { start: 0, end: length } });
    expect(d?.message).toContain(String(length));
    expect(lintQuery({ top: 100 }, { maxQueryStringLength: 5 }).map((x) => x.code)).toEqual(['PCAQ0408']);
    expect(lintQuery({ top: 100 }, { maxQueryStringLength: 7 })).toEqual([]);
    expect(checkQuery({ filter }).checked?.filter).toBeDefined();
  });
});
