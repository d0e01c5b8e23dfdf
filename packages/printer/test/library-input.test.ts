import { thrown } from '@pcaq/testing';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, LIMITS, comparison, field, or, stringLiteral } from '@pcaq/core';
import { decodeQuery, encodeQuery, encodeQueryComponent, formatRequestUrl, printFilter, printFilterLocated, printGroupBy, toUrlSpan } from '@pcaq/printer';

const eq = (name: string, value: string) => comparison(field(name), 'eq', stringLiteral(value));

describe('the printer refuses what it cannot print as what it holds', () => {
  it.each([
    ['a field name holding syntax', eq("channel eq 'a' or channel", 'x'), "printFilter: ast.field.name is not a field name (a letter, then letters, digits or _)"],
    ['a value that is not a string', { ...eq('channel', 'x'), value: { type: 'StringLiteral', value: 5 } }, 'printFilter: ast.value.value is a number, not a string'],
    ['a literal of another kind', { ...eq('channel', 'x'), value: { type: 'NumberLiteral', value: '5' } }, "printFilter: ast.value is not a 'StringLiteral', 'BooleanLiteral' or 'DateTimeLiteral' node"],
    ['something that is not a node', null, 'printFilter: ast is not a node'],
  ])('printFilter throws InvalidArgumentError for %s', (_name, tree, message) => {
    const error = thrown(() => printFilter(tree as never));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toBe(message);
  });

  it('printFilter throws on a cycle instead of printing forever', () => {
    const loop = { type: 'Logical', operator: 'or', operands: [eq('channel', 'x')] as unknown[] };
    loop.operands.push(loop);
    expect(thrown(() => printFilter(loop as never))).toBeInstanceOf(InvalidArgumentError);
    expect(thrown(() => encodeQuery({ filter: loop as never }))).toBeInstanceOf(InvalidArgumentError);
  });

  it("printGroupBy throws for 'channel,customerTenantId' as one item, and for non-names", () => {
    expect(thrown(() => printGroupBy(['channel,customerTenantId']))).toBeInstanceOf(InvalidArgumentError);
    expect(thrown(() => printGroupBy([null as never]))).toBeInstanceOf(InvalidArgumentError);
    expect(thrown(() => encodeQuery({ groupby: ['a b'] }))).toBeInstanceOf(InvalidArgumentError);
    expect(printGroupBy(['channel', field('workloadCode')])).toBe('channel,workloadCode');
  });

  it('the other entry points throw the same typed error for input only code can give', () => {
    expect(thrown(() => formatRequestUrl({ top: 1 }, 5 as never))).toBeInstanceOf(InvalidArgumentError);
    expect(thrown(() => encodeQueryComponent(5 as never))).toBeInstanceOf(InvalidArgumentError);
    expect(thrown(() => toUrlSpan(null as never, { start: 0, end: 0 }))).toBeInstanceOf(InvalidArgumentError);
  });

  it('printFilterLocated places every comparison in the printed text, bad names included', () => {
    const { text, comparisons } = printFilterLocated(or([eq('a b', "O'B"), eq('channel', 'x')]));
    expect(text).toBe("a b eq 'O''B' or channel eq 'x'");
    expect(comparisons.map((c) => [text.slice(c.field.span.start, c.field.span.end), text.slice(c.value.span.start, c.value.span.end)])).toEqual([
      ['a b', "'O''B'"],
      ['channel', "'x'"],
    ]);
  });
});

describe('parameter names with spaces', () => {
  it.each([
    ['?$filter =channel%20eq%20%27x%27', '$filter '],
    ['?filter%20=channel%20eq%20%27x%27', 'filter '],
    ['?+filter=channel%20eq%20%27x%27', ' filter'],
    ['?Filter+=channel%20eq%20%27x%27', 'Filter '],
    ['?$+filter=channel%20eq%20%27x%27', '$ filter'],
    ['?%09filter%20%20=channel%20eq%20%27x%27', '\tfilter  '],
  ])('%s is a PCAQ0410 error whose fix writes filter, and the filter is read', (url, name) => {
    const { query, diagnostics, parameters } = decodeQuery(url);
    expect(parameters[0]?.name).toBe(name);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['PCAQ0410', 'error']]);
    expect(diagnostics[0]?.fixes?.[0]?.edits).toEqual([{ span: parameters[0]!.nameSpan, text: 'filter' }]);
    expect(query.filter).toBe("channel eq 'x'");
  });

  it('counts a spaced name as its parameter when it is repeated', () => {
    expect(decodeQuery('?top=5&top%20=6').diagnostics.map((d) => d.code)).toEqual(['PCAQ0410', 'PCAQ0405']);
  });

  it('leaves spaces inside a name unknown, with a suggestion at most', () => {
    const [d] = decodeQuery('?fil ter=x').diagnostics;
    expect(d?.code).toBe('PCAQ0404');
    expect(d?.fixes).toBeUndefined();
  });

  it('never fixes an unknown parameter: renaming and dropping are for a human', () => {
    const { diagnostics } = decodeQuery('?fitler=x&top=5&api-version=2');
    expect(diagnostics.map((d) => [d.code, d.fixes])).toEqual([
      ['PCAQ0404', undefined],
      ['PCAQ0404', undefined],
    ]);
    expect(diagnostics[0]?.suggestions?.[0]?.edits[0]?.text).toBe('filter');
  });
});

describe('the URL length limit', () => {
  it('refuses a URL past 32,768 characters whole, decoding nothing of it', () => {
    const url = `?filter=${'%27'.repeat(LIMITS.maxUrlLength)}&top=abc`;
    const { query, diagnostics, parameters } = decodeQuery(url);
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([['PCAQ0409', { start: LIMITS.maxUrlLength, end: url.length }]]);
    expect(query).toEqual({});
    expect(parameters).toEqual([]);
  });

  it('starts the span on a whole character', () => {
    const url = `?top=5&x=${'😀'.repeat(LIMITS.maxUrlLength)}`;
    const [d] = decodeQuery(url).diagnostics;
    expect(d?.code).toBe('PCAQ0409');
    expect(url.charCodeAt(d!.span.start)).not.toBeGreaterThanOrEqual(0xdc00);
  });

  it('decodes a URL of many segments without an equals sign at the limit', () => {
    const url = '&a'.repeat(LIMITS.maxUrlLength / 2);
    expect(decodeQuery(url).diagnostics).toHaveLength(LIMITS.maxUrlLength / 2);
  });
});
