import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Query } from '@pcaq/core';
import { decodeQuery, encodeQuery, encodeQueryComponent, formatRequestUrl } from '@pcaq/printer';

/** Text rich in the characters URLs treat specially, plus any Unicode (astral included). */
const awkwardText = fc.oneof(
  fc.string({ unit: fc.constantFrom("'", '%', '&', '#', '+', '=', '?', '/', ' ', '\t', '\n', '\r', 'é', '😀', 'a', 'Z', '0', '~', '%2B') }),
  fc.string({ unit: 'binary' }),
);

const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d.toISOString().slice(0, 10), d.toISOString().slice(0, 19), d.toISOString()));

const query: fc.Arbitrary<Query> = fc.record(
  {
    filter: awkwardText,
    groupby: awkwardText,
    top: fc.integer({ min: 1, max: 10_000 }),
    skip: fc.nat(),
    processedDateTime: date,
    orderby: awkwardText,
    aggregationLevel: awkwardText,
  },
  { requiredKeys: [] },
);

describe('URL codec properties', () => {
  test.prop([query], { numRuns: 300 })('decode(encode(q)) equals q, without diagnostics', (q) => {
    const decoded = decodeQuery(encodeQuery(q));
    expect(decoded.query).toEqual(q);
    expect(decoded.diagnostics).toEqual([]);
  });

  test.prop([query], { numRuns: 100 })('a full request URL decodes to the same query', (q) => {
    const url = formatRequestUrl(q, 'https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license');
    expect(decodeQuery(url).query).toEqual(q);
  });

  test.prop([fc.string({ unit: 'binary' })], { numRuns: 300 })('encoded components hold only unreserved characters and escapes', (text) => {
    expect(encodeQueryComponent(text)).toMatch(/^(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*$/);
  });

  test.prop([fc.string({ unit: 'binary' })], { numRuns: 300 })('the encoder agrees with the platform on well-formed text', (text) => {
    const reference = encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    expect(encodeQueryComponent(text)).toBe(reference);
  });

  test.prop([fc.string({ unit: fc.constantFrom('%', 'A', 'f', 'G', '0', '9', '+', '&', '=', '?', '#', 'C3', 'ED', 'FF', '\ud800', 'é') })], {
    numRuns: 300,
  })('decoding never throws and keeps every malformed escape within the text', (input) => {
    const { diagnostics } = decodeQuery(`filter=${input}`);
    for (const d of diagnostics) {
      expect(d.span.start).toBeGreaterThanOrEqual(0);
      expect(d.span.end).toBeLessThanOrEqual(input.length + 7);
    }
  });
});
