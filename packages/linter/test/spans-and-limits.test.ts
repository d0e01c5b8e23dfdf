import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { LIMITS, isInsidePair, type Diagnostic } from '@pcaq/core';
import { lintQuery, parseFilter, parseGroupBy } from '@pcaq/linter';
import { decodeQuery } from '@pcaq/printer';

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Every offset a diagnostic puts into the text: its span and every fix's and suggestion's edits. */
function offsets(d: Diagnostic): number[] {
  const edits = [...(d.fixes ?? []), ...(d.suggestions ?? [])].flatMap((f) => f.edits);
  return [d.span.start, d.span.end, ...edits.flatMap((e) => [e.span.start, e.span.end])];
}

function expectWholeCharacters(text: string, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    for (const offset of offsets(d)) expect(isInsidePair(text, offset), `${d.code} at ${offset} in ${JSON.stringify(text)}`).toBe(false);
    if (!LONE.test(text)) expect(LONE.test(d.message), `${d.code}: ${JSON.stringify(d.message)}`).toBe(false);
  }
}

/** Filter-like text rich in astral characters, lone surrogates and the characters that start mistakes. */
const awkward = fc.string({
  unit: fc.oneof(
    fc.constantFrom("'", '"', '(', ')', ',', ' ', '%', '=', '&', '$', 'eq', 'and', 'channel', 'Channel', 'productid', '😀', '𝔸', '\ud800', '\udc00', 'é', '\uFFFD'),
    fc.string({ unit: 'binary', maxLength: 2 }),
  ),
  maxLength: 40,
});

describe('spans and messages never cut a character in half', () => {
  test.prop([awkward], { numRuns: 1000 })('in filters and group-by lists', (text) => {
    expectWholeCharacters(text, parseFilter(text).diagnostics);
    expectWholeCharacters(text, parseGroupBy(text).diagnostics);
  });

  test.prop([awkward, awkward], { numRuns: 400 })('in URLs, raw and percent-encoded', (name, value) => {
    for (const url of [`?${name}=${value}`, `?filter=${encodeURIComponent(value.replace(/[\ud800-\udfff]/gu, (c) => (c.length === 1 ? 'x' : c)))}&${name}`]) {
      expectWholeCharacters(url, decodeQuery(url).diagnostics);
    }
  });

  test.prop([fc.string({ unit: fc.constantFrom('a', '😀', "'", ' '), minLength: LIMITS.maxFilterLength - 2, maxLength: LIMITS.maxFilterLength + 4 })], { numRuns: 30 })(
    'at the length limits',
    (text) => {
      expectWholeCharacters(text, parseFilter(text).diagnostics);
      expectWholeCharacters(text, parseGroupBy(text).diagnostics);
    },
  );

  it("cuts a long value in a message at a whole character (a malformed escape before an emoji, a GUID's value)", () => {
    expectWholeCharacters('?x=%😀', decodeQuery('?x=%😀').diagnostics);
    // An unterminated string glued to its operator: the missing-space message quotes it whole.
    expectWholeCharacters("eq'𐀀", parseFilter("eq'𐀀").diagnostics);
    const text = `customerTenantId eq '${'a'.repeat(59)}😀'`;
    expectWholeCharacters(text, parseFilter(text).diagnostics);
  });
});

describe('U+FFFD in the text', () => {
  it('is a PCAQ0411 warning at each run of replacement characters, in filters and group-by lists', () => {
    const filter = parseFilter("customerName eq 'M\uFFFD\uFFFDller' or customerName eq '\uFFFD'");
    expect(filter.diagnostics.map((d) => [d.code, d.severity, d.span])).toEqual([
      ['PCAQ0411', 'warning', { start: 18, end: 20 }],
      ['PCAQ0411', 'warning', { start: 46, end: 47 }],
    ]);
    expect(filter.ast).toBeDefined();
    expect(parseGroupBy('channel,\uFFFD').diagnostics.map((d) => d.code)).toContain('PCAQ0411');
  });

  it('is reported for a filter decoded from a URL, where the escape decoded to U+FFFD', () => {
    const { query } = decodeQuery('?filter=customerName%20eq%20%27M%EF%BF%BDller%27');
    expect(lintQuery(query).map((d) => [d.source, d.code])).toEqual([['filter', 'PCAQ0411']]);
  });
});

describe('length limits', () => {
  it('refuse a group-by list past 32,768 characters with one PCAQ0305 and read nothing past the limit', () => {
    const text = `${'channel,'.repeat(4_096)}Channel,\uFFFD,,`;
    expect(parseGroupBy(text).diagnostics.map((d) => [d.code, d.span])).toEqual([['PCAQ0305', { start: LIMITS.maxGroupByLength, end: text.length }]]);
    expect(parseGroupBy(text).fields).toEqual([]);
  });

  it('hold for a group-by array, measured as its joined text', () => {
    const names = Array.from({ length: 5_000 }, () => 'channel');
    expect(lintQuery({ groupby: names }).map((d) => d.code)).toEqual(['PCAQ0305', 'PCAQ0408']);
  });

  it('refuse a filter past 32,768 characters with PCAQ0115 alone: no U+FFFD or schema check past it', () => {
    const text = `Channel eq '\uFFFD' ${'x'.repeat(LIMITS.maxFilterLength)}`;
    expect(parseFilter(text).diagnostics.map((d) => d.code)).toEqual(['PCAQ0115']);
  });

  it('are given in code by a tree too: its printed text past the limit is PCAQ0115', () => {
    const value = 'x'.repeat(LIMITS.maxFilterLength);
    const tree = { type: 'Comparison', field: { type: 'Field', name: 'a b' }, operator: 'eq', value: { type: 'StringLiteral', value } };
    expect(lintQuery({ filter: tree as never }).map((d) => d.code)).toEqual(['PCAQ0205', 'PCAQ0115', 'PCAQ0408']);
  });
});
