import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { NO_SPAN, type FilterNode } from '@pcaq/core';
import { parseFilter } from '@pcaq/linter';
import { printFilter } from '@pcaq/printer';
import { fromFilter, licenseUsageQuery, where } from '@pcaq/builder';
import { filterTree, isDeepFrozen, textComparison, withoutSpans } from './arbitraries.js';

describe('fromFilter', () => {
  const cases: readonly [string, string, string][] = [
    ['canonical text', "workloadCode eq 'SFB'", "workloadCode eq 'SFB'"],
    ['extra spaces, line breaks and parentheses', "(\r\n\tworkloadCode  eq 'SFB' )\nor ((channel eq 'R'))", "workloadCode eq 'SFB' or channel eq 'R'"],
    ['nested or flattened', "a1 eq 'x' or (workloadCode eq 'b' or channel eq 'c')".replace('a1', 'customerName'), "customerName eq 'x' or workloadCode eq 'b' or channel eq 'c'"],
    ['non-ASCII and astral values', "customerName eq 'Ünïcode 𝒜 ''Ltd'''", "customerName eq 'Ünïcode 𝒜 ''Ltd'''"],
  ];
  it.each(cases)('%s', (_, text, printed) => {
    const condition = fromFilter(text);
    expect(condition.diagnostics).toEqual([]);
    expect(condition.toString()).toBe(printed);
    expect(condition.text).toBe(text);
    expect(isDeepFrozen(condition.node)).toBe(true);
  });

  const failing: readonly [string, string, string, { start: number; end: number }][] = [
    ['empty', '', 'PCAQ0101', { start: 0, end: 0 }],
    ['whitespace only', ' \t\r\n', 'PCAQ0101', { start: 0, end: 4 }],
    ['keyword case', "workloadCode EQ 'SFB'", 'PCAQ0105', { start: 13, end: 15 }],
    ['unknown field', "WorkloadCode eq 'SFB'", 'PCAQ0201', { start: 0, end: 12 }],
    ['bad GUID', "productId eq 'x'", 'PCAQ0204', { start: 13, end: 16 }],
  ];
  it.each(failing)('%s: the parser’s diagnostics, spans into the text', (_, text, code, at) => {
    const condition = fromFilter(text);
    expect(condition.diagnostics.map((d) => [d.code, d.span])).toEqual([[code, at]]);
    expect(condition.node).toBeUndefined();
  });

  it('a tree is rebuilt (frozen, flat) and checked', () => {
    const plain = {
      type: 'Logical',
      operator: 'or',
      operands: [
        { type: 'Comparison', field: { type: 'Field', name: 'channel', span: NO_SPAN }, operator: 'eq', value: { type: 'StringLiteral', value: 'a', span: NO_SPAN }, span: NO_SPAN },
        {
          type: 'Logical',
          operator: 'or',
          operands: [
            { type: 'Comparison', field: { type: 'Field', name: 'channel', span: NO_SPAN }, operator: 'eq', value: { type: 'StringLiteral', value: 'b', span: NO_SPAN }, span: NO_SPAN },
            { type: 'Comparison', field: { type: 'Field', name: 'productId', span: NO_SPAN }, operator: 'eq', value: { type: 'StringLiteral', value: 'c', span: NO_SPAN }, span: NO_SPAN },
          ],
          span: NO_SPAN,
        },
      ],
      span: NO_SPAN,
    } as unknown as FilterNode;
    expect(fromFilter(plain).diagnostics.map((d) => d.code)).toEqual(['PCAQ0204']);
  });

  it('lifts into a builder and combines', () => {
    const lifted = fromFilter("workloadCode eq 'SFB' or workloadCode eq 'EXO'");
    expect(licenseUsageQuery().filter(lifted.and(where('channel').eq('Reseller'))).toString()).toBe(
      "(workloadCode eq 'SFB' or workloadCode eq 'EXO') and channel eq 'Reseller'",
    );
  });

  it('a deep tree (10,000 levels) is rebuilt without overflowing the stack', () => {
    let node: FilterNode = where('channel').eq('0').node!;
    for (let i = 1; i < 10_000; i++) {
      const leaf = where('channel').eq(String(i)).node!;
      node = { type: 'Logical', operator: i % 2 ? 'and' : 'or', operands: [leaf, node], span: NO_SPAN };
    }
    const lifted = fromFilter(node);
    expect(lifted.diagnostics).toEqual([]);
    expect(printFilter(lifted.node!)).toBe(printFilter(node));
  });
});

describe('round trips (property)', () => {
  test.prop([filterTree(textComparison)], { numRuns: 200 })('parse -> build -> print gives the printed text back', (ast) => {
    const printed = printFilter(ast);
    const lifted = fromFilter(printed);
    expect(lifted.diagnostics).toEqual([]);
    expect(lifted.toString()).toBe(printed);
    expect(withoutSpans(fromFilter(parseFilter(printed).ast!).node)).toEqual(withoutSpans(ast));
  });

  test.prop([filterTree(textComparison)], { numRuns: 200 })('a tree lifted equals the tree, and builds through a query', (ast) => {
    const lifted = fromFilter(ast);
    expect(withoutSpans(lifted.node)).toEqual(withoutSpans(ast));
    const query = licenseUsageQuery().filter(lifted).toQuery({ maxQueryStringLength: Number.POSITIVE_INFINITY });
    expect(printFilter(query.filter as FilterNode)).toBe(printFilter(ast));
  });

  test.prop([fc.string({ maxLength: 60 })], { numRuns: 300 })('any text: never throws, a tree exactly when parseFilter finds no error', (text) => {
    const lifted = fromFilter(text);
    const parsed = parseFilter(text);
    expect(lifted.diagnostics).toEqual(parsed.diagnostics);
    expect(lifted.node === undefined).toBe(parsed.diagnostics.some((d) => d.severity === 'error'));
  });
});
