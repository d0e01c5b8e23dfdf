import { describe, expect, it } from 'vitest';
import { comparison, field, LICENSE_USAGE_PATH, or, stringLiteral } from '@pcaq/core';
import { encodeQuery, encodeQueryComponent, formatRequestUrl } from '@pcaq/printer';

const SOURCE_EXAMPLE = 'filter=customerTenantId%20eq%20%270112A436-B14E-4888-967B-CA4BB2CF1234%27';

describe('encodeQueryComponent', () => {
  const cases: [string, string][] = [
    ['AZaz09-._~', 'AZaz09-._~'],
    [' ', '%20'],
    ["!'()*", '%21%27%28%29%2A'],
    ['%&#+=?/', '%25%26%23%2B%3D%3F%2F'],
    ['\t\r\n', '%09%0D%0A'],
    ['é', '%C3%A9'],
    ['€', '%E2%82%AC'],
    ['😀', '%F0%9F%98%80'],
    ['\ud800', '%EF%BF%BD'],
    ['a\udc00b', 'a%EF%BF%BDb'],
    ['\ud800\ud800\ude00', '%EF%BF%BD%F0%90%88%80'],
    ['', ''],
  ];
  it.each(cases)('%j -> %s', (text, encoded) => {
    expect(encodeQueryComponent(text)).toBe(encoded);
  });

  it('agrees with encodeURIComponent on well-formed text, apart from the characters it leaves alone', () => {
    const text = "workloadCode eq 'SFB' or (channel eq 'Ré seller') & x=y #1 + 100% ~ 😀";
    const reference = encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    expect(encodeQueryComponent(text)).toBe(reference);
  });
});

describe('encodeQuery', () => {
  it("reproduces the source page's example byte for byte", () => {
    expect(encodeQuery({ filter: "customerTenantId eq '0112A436-B14E-4888-967B-CA4BB2CF1234'" })).toBe(SOURCE_EXAMPLE);
    const ast = comparison(field('customerTenantId'), 'eq', stringLiteral('0112A436-B14E-4888-967B-CA4BB2CF1234'));
    expect(encodeQuery({ filter: ast })).toBe(SOURCE_EXAMPLE);
  });

  it('writes parameters in the order filter, groupby, top, skip, processedDateTime and omits absent ones', () => {
    const query = { processedDateTime: '2018-10-14', skip: 20, top: 10, groupby: ['channel', 'workloadCode'], filter: "channel eq 'x'" };
    expect(encodeQuery(query)).toBe(
      'filter=channel%20eq%20%27x%27&groupby=channel%2CworkloadCode&top=10&skip=20&processedDateTime=2018-10-14',
    );
    expect(encodeQuery({ top: 5 })).toBe('top=5');
    expect(encodeQuery({})).toBe('');
    expect(encodeQuery({ filter: '' })).toBe('filter=');
    expect(encodeQuery({ top: undefined, skip: null } as never)).toBe('');
  });

  it('prints a filter AST canonically first', () => {
    const ast = or([comparison(field('workloadCode'), 'eq', stringLiteral('SFB')), comparison(field('channel'), 'eq', stringLiteral('Reseller'))]);
    expect(encodeQuery({ filter: ast })).toBe('filter=workloadCode%20eq%20%27SFB%27%20or%20channel%20eq%20%27Reseller%27');
  });
});

describe('formatRequestUrl', () => {
  it('joins base and query with ? or &', () => {
    expect(formatRequestUrl({ top: 1 })).toBe(`${LICENSE_USAGE_PATH}?top=1`);
    expect(formatRequestUrl({ top: 1 }, 'https://h/p?x=1')).toBe('https://h/p?x=1&top=1');
    expect(formatRequestUrl({ top: 1 }, 'https://h/p?')).toBe('https://h/p?top=1');
    expect(formatRequestUrl({ top: 1 }, 'https://h/p#frag')).toBe('https://h/p?top=1#frag');
    expect(formatRequestUrl({}, 'https://h/p')).toBe('https://h/p');
  });
});
