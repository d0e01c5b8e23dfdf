import { describe, expect, it } from 'vitest';
import { and, comparison, field, NO_SPAN, or, stringLiteral, type FilterNode } from '@pcaq/core';
import { printFilter, printGroupBy } from '@pcaq/printer';

const eq = (name: string, value: string) => comparison(field(name), 'eq', stringLiteral(value));
const ne = (name: string, value: string) => comparison(field(name), 'ne', stringLiteral(value));

describe('printFilter', () => {
  const cases: [string, FilterNode, string][] = [
    ['a comparison', eq('workloadCode', 'SFB'), "workloadCode eq 'SFB'"],
    ['ne', ne('channel', 'Reseller'), "channel ne 'Reseller'"],
    ['quotes doubled', eq('customerName', "O'Brien's"), "customerName eq 'O''Brien''s'"],
    ['empty string', eq('channel', ''), "channel eq ''"],
    ['whitespace and non-ASCII kept', eq('customerName', ' a\tb\nc é 😀 '), "customerName eq ' a\tb\nc é 😀 '"],
    ['flat and', and([eq('a', '1'), eq('b', '2'), eq('c', '3')]), "a eq '1' and b eq '2' and c eq '3'"],
    ['and inside or: no parentheses', or([eq('a', '1'), and([eq('b', '2'), eq('c', '3')])]), "a eq '1' or b eq '2' and c eq '3'"],
    ['or inside and: parentheses', and([or([eq('a', '1'), eq('b', '2')]), eq('c', '3')]), "(a eq '1' or b eq '2') and c eq '3'"],
    [
      'nested three levels',
      or([and([or([eq('a', '1'), eq('b', '2')]), eq('c', '3')]), eq('d', '4')]),
      "(a eq '1' or b eq '2') and c eq '3' or d eq '4'",
    ],
    ['the source page example', or([eq('workloadCode', 'SFB'), eq('channel', 'Reseller')]), "workloadCode eq 'SFB' or channel eq 'Reseller'"],
  ];
  it.each(cases)('%s', (_, ast, expected) => {
    expect(printFilter(ast)).toBe(expected);
  });

  it('prints a same-operator operand of a hand-made tree without parentheses (same meaning)', () => {
    const inner = { type: 'Logical', operator: 'or', operands: [eq('b', '2'), eq('c', '3')], span: NO_SPAN } as const;
    const outer = { type: 'Logical', operator: 'or', operands: [eq('a', '1'), inner], span: NO_SPAN } as const;
    expect(printFilter(outer)).toBe("a eq '1' or b eq '2' or c eq '3'");
  });

  it('prints trees nested deeper than the call stack allows', () => {
    let node: FilterNode = eq('a', '0');
    for (let i = 1; i <= 30_000; i++) node = i % 2 ? or([node, eq('a', String(i))]) : and([node, eq('a', String(i))]);
    const text = printFilter(node);
    expect(text.startsWith('('.repeat(15_000))).toBe(true);
    expect(text.endsWith("a eq '30000'")).toBe(true);
  });
});

describe('printGroupBy', () => {
  it('joins names and field nodes with commas', () => {
    expect(printGroupBy(['customerTenantId', field('workloadCode')])).toBe('customerTenantId,workloadCode');
    expect(printGroupBy([])).toBe('');
  });
});
