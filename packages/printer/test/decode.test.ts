import { describe, expect, it } from 'vitest';
import { applyFixes } from '@pcaq/core';
import { decodeQuery, toUrlSpan } from '@pcaq/printer';

const PAGE_URL =
  'https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license?filter=customerTenantId%20eq%20%270112A436-B14E-4888-967B-CA4BB2CF1234%27';

describe('decodeQuery: where the query is', () => {
  const cases: [string, string, object][] = [
    ['full URL', PAGE_URL, { filter: "customerTenantId eq '0112A436-B14E-4888-967B-CA4BB2CF1234'" }],
    ['full URL with fragment', 'https://h/p?top=5&skip=10#top=7', { top: 5, skip: 10 }],
    ['path', '/v1/analytics/commercial/usage/license/?top=5', { top: 5 }],
    ['relative path', 'license?skip=3', { skip: 3 }],
    ['bare with ?', '?top=5', { top: 5 }],
    ['bare', 'top=5&groupby=channel', { top: 5, groupby: 'channel' }],
    ['bare with a raw ? in a value', "filter=channel eq 'a?b'", { filter: "channel eq 'a?b'" }],
    ['the source page request line', `GET ${PAGE_URL} HTTP 1.1`, { filter: "customerTenantId eq '0112A436-B14E-4888-967B-CA4BB2CF1234'" }],
    ['a request line with HTTP/1.1', 'GET /v1/analytics/commercial/usage/license/?top=5 HTTP/1.1', { top: 5 }],
    ['URL without a query', 'https://h/p', {}],
    ['a ? inside the fragment', 'https://h/p#x?top=5', {}],
    ['empty', '', {}],
    ['only separators', '?&&&', {}],
  ];
  it.each(cases)('%s', (_, input, query) => {
    const decoded = decodeQuery(input);
    expect(decoded.query).toEqual(query);
    expect(decoded.diagnostics).toEqual([]);
  });
});

describe('decodeQuery: values', () => {
  it('decodes + as space, UTF-8 escapes, raw non-ASCII, and keeps = in values', () => {
    const { query } = decodeQuery("filter=customerName+eq+'a%3Db%2Bc+%C3%A9%F0%9F%98%80+ü'");
    expect(query.filter).toBe("customerName eq 'a=b+c é😀 ü'");
  });

  it('keeps top and skip as numbers only when they are plain digits', () => {
    expect(decodeQuery('top=0010&skip=0').query).toEqual({ top: 10, skip: 0 });
    expect(decodeQuery('top=%2B5&skip=1e3').query).toEqual({ top: '+5', skip: '1e3' });
    expect(decodeQuery('top=5.0&skip=+5').query).toEqual({ top: '5.0', skip: ' 5' });
    expect(decodeQuery('top=99999999999999999999').query).toEqual({ top: '99999999999999999999' });
  });

  it('keeps an empty value as the empty string', () => {
    expect(decodeQuery('filter=&groupby').query).toEqual({ filter: '', groupby: '' });
  });
});

describe('decodeQuery: diagnostics (code and span in the URL text)', () => {
  const cases: { input: string; diagnostics: [string, number, number][]; query?: object; fixed?: string }[] = [
    { input: 'filter=a%G1', diagnostics: [['PCAQ0407', 8, 11]], query: { filter: 'a%G1' } },
    { input: 'filter=a%4', diagnostics: [['PCAQ0407', 8, 10]], query: { filter: 'a%4' } },
    { input: 'filter=a%', diagnostics: [['PCAQ0407', 8, 9]], query: { filter: 'a%' } },
    { input: 'filter=%%41', diagnostics: [['PCAQ0407', 7, 8]], query: { filter: '%A' } },
    { input: 'filter=a%FFb', diagnostics: [['PCAQ0407', 8, 11]], query: { filter: 'a%FFb' } },
    { input: 'filter=%C3', diagnostics: [['PCAQ0407', 7, 10]], query: { filter: '%C3' } },
    { input: 'filter=%C3%28', diagnostics: [['PCAQ0407', 7, 10]], query: { filter: '%C3(' } },
    { input: 'filter=%ED%A0%80', diagnostics: [['PCAQ0407', 7, 16]], query: { filter: '%ED%A0%80' } },
    { input: 'filter=%C0%AF', diagnostics: [['PCAQ0407', 7, 13]], query: { filter: '%C0%AF' } },
    { input: 'top=5&f%ZZ=1', diagnostics: [['PCAQ0407', 7, 10], ['PCAQ0404', 6, 10]], query: { top: 5 } },
    { input: '?groupBy=channel', diagnostics: [['PCAQ0406', 1, 8]], query: { groupby: 'channel' }, fixed: '?groupby=channel' },
    { input: '$filter=x&$top=1&$skip=2&$groupby=y', diagnostics: [['PCAQ0406', 0, 7], ['PCAQ0406', 10, 14], ['PCAQ0406', 17, 22], ['PCAQ0406', 25, 33]], fixed: 'filter=x&top=1&skip=2&groupby=y' },
    { input: 'FILTER=x&ProcessedDateTime=2018-10-14', diagnostics: [['PCAQ0406', 0, 6], ['PCAQ0406', 9, 26]], fixed: 'filter=x&processedDateTime=2018-10-14' },
    { input: '%24top=1', diagnostics: [['PCAQ0406', 0, 6]], query: { top: 1 }, fixed: 'top=1' },
    { input: '$processedDateTime=2018-10-14', diagnostics: [['PCAQ0404', 0, 18]], query: {} },
    { input: 'fitler=x', diagnostics: [['PCAQ0404', 0, 6]], query: {} },
    { input: 'sortby=x&top=2', diagnostics: [['PCAQ0404', 0, 6]], query: { top: 2 } },
    { input: 'orderby=usageDate%20desc&aggregationLevel=week', diagnostics: [], query: { orderby: 'usageDate desc', aggregationLevel: 'week' } },
    { input: '$orderby=a&AggregationLevel=day&OrderBy=b', diagnostics: [['PCAQ0406', 0, 8], ['PCAQ0406', 11, 27], ['PCAQ0406', 32, 39], ['PCAQ0405', 32, 39]], query: { orderby: 'a', aggregationLevel: 'day' } },
    { input: '$aggregationLevel=day', diagnostics: [['PCAQ0404', 0, 17]], query: {} },
    { input: 'top=1&top=2', diagnostics: [['PCAQ0405', 6, 9]], query: { top: 1 } },
    { input: 'top=1&$TOP=2', diagnostics: [['PCAQ0406', 6, 10], ['PCAQ0405', 6, 10]], query: { top: 1 } },
  ];
  it.each(cases)('$input', ({ input, diagnostics, query, fixed }) => {
    const decoded = decodeQuery(input);
    expect(decoded.diagnostics.map((d) => [d.code, d.span.start, d.span.end])).toEqual(diagnostics);
    for (const d of decoded.diagnostics) expect(d.source).toBe('url');
    if (query) expect(decoded.query).toEqual(query);
    if (fixed !== undefined) {
      expect(applyFixes(input, decoded.diagnostics)).toBe(fixed);
      expect(decodeQuery(fixed).diagnostics).toEqual([]);
    }
  });

  it('suggests near parameter names without fixing them', () => {
    const [d] = decodeQuery('fitler=x').diagnostics;
    expect(d?.message).toBe("Unknown parameter 'fitler'; the service ignores it. Did you mean 'filter'?");
    expect(d?.fixes).toBeUndefined();
    expect(d?.suggestions?.[0]?.edits).toEqual([{ span: { start: 0, end: 6 }, text: 'filter' }]);
    expect(decodeQuery('api-version=1').diagnostics[0]?.message).toBe("Unknown parameter 'api-version'; the service ignores it.");
  });

  it('leaves ignored parameters out entirely', () => {
    expect(decodeQuery('api-version=1&top=2', { ignoreParameters: ['API-VERSION'] })).toMatchObject({ diagnostics: [], query: { top: 2 } });
  });

  it('decodes huge input in one pass', () => {
    const { query, diagnostics } = decodeQuery(`filter=${'a%20'.repeat(7_000)}&x${'%FF'.repeat(1000)}=1`);
    expect(query.filter).toBe('a '.repeat(7_000));
    expect(diagnostics.map((d) => [d.code, d.message.length < 200])).toEqual([['PCAQ0407', true], ['PCAQ0404', true]]);
  });

  it('never throws on odd input', () => {
    for (const input of [null, undefined, 42, '%', '&', '=', '#', '?#', 'a=%\ud800', '\ud83d'.repeat(3)]) {
      expect(() => decodeQuery(input as string)).not.toThrow();
    }
  });
});

describe('decodeQuery: parameters and mapping back to the URL', () => {
  it('maps a span of the decoded value to the URL text', () => {
    const url = "x?filter=Channel%20eq%20'%C3%A9'";
    const { parameters } = decodeQuery(url);
    const [filter] = parameters;
    expect(filter?.value).toBe("Channel eq 'é'");
    expect(url.slice(filter!.valueSpan.start, filter!.valueSpan.end)).toBe("Channel%20eq%20'%C3%A9'");
    const name = toUrlSpan(filter!, { start: 0, end: 7 });
    expect(url.slice(name.start, name.end)).toBe('Channel');
    const literal = toUrlSpan(filter!, { start: 11, end: 14 });
    expect(url.slice(literal.start, literal.end)).toBe("'%C3%A9'");
  });

  it('marks which parameters went into the query', () => {
    const { parameters } = decodeQuery('top=1&top=2&x=3');
    expect(parameters.map((p) => [p.name, p.parameter, p.used])).toEqual([
      ['top', 'top', true],
      ['top', 'top', false],
      ['x', undefined, false],
    ]);
  });
});
