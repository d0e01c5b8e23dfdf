import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { and, comparison, field, or, stringLiteral, type FilterNode } from '@pcaq/core';
import { lintQuery, parseGroupBy, checkQuery } from '@pcaq/linter';
import { filterTree } from '@pcaq/testing';
import { validComparison } from './arbitraries.js';

const eq = (name: string, value: string): FilterNode => comparison(field(name), 'eq', stringLiteral(value));
const codes = (query: object): string[] => lintQuery(query).map((d) => d.code);

describe('a filter tree built in code', () => {
  it('is refused when a field name holds syntax, at the name in the printed text', () => {
    const tree = eq("channel eq 'a' or channel", 'x');
    const diagnostics = lintQuery({ filter: tree });
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([['PCAQ0205', { start: 0, end: 25 }]]);
    expect(checkQuery({ filter: tree }).checked).toBeUndefined();
  });

  it('reports every bad name and still checks the good comparisons beside them', () => {
    const tree = or([eq('a b', 'x'), eq('Channel', 'y'), eq('customerTenantId', 'nope')]);
    expect(codes({ filter: tree })).toEqual(['PCAQ0205', 'PCAQ0201', 'PCAQ0204']);
  });

  it.each([
    ['a value that is not a string', { type: 'Comparison', field: { type: 'Field', name: 'channel' }, operator: 'eq', value: { type: 'StringLiteral', value: 5 } }],
    ['a literal of another kind', { type: 'Comparison', field: { type: 'Field', name: 'channel' }, operator: 'eq', value: { type: 'NumberLiteral', value: '5' } }],
    ['a field that is not a Field node', { type: 'Comparison', field: { name: 'channel' }, operator: 'eq', value: { type: 'StringLiteral', value: '5' } }],
    ['an operator of another language', { type: 'Comparison', field: { type: 'Field', name: 'channel' }, operator: 'like', value: { type: 'StringLiteral', value: '5' } }],
    ['an empty operand list', { type: 'Logical', operator: 'and', operands: [] }],
    ['an array', [eq('channel', 'x')]],
  ])('is one PCAQ0116 when it holds %s', (_name, tree) => {
    expect(codes({ filter: tree })).toEqual(['PCAQ0116']);
  });

  it('is one PCAQ0116 when it contains itself, instead of printing forever', () => {
    const cyclic = { type: 'Logical', operator: 'or', operands: [eq('channel', 'x')] as unknown[] };
    cyclic.operands.push(cyclic);
    expect(codes({ filter: cyclic })).toEqual(['PCAQ0116']);
  });

  it('is linted the same whether frozen or not, and resolves to a frozen tree that later edits do not reach', () => {
    const open = { type: 'Comparison', field: { type: 'Field', name: 'channel' }, operator: 'eq', value: { type: 'StringLiteral', value: 'x' } };
    expect(lintQuery({ filter: open as never })).toEqual(lintQuery({ filter: eq('channel', 'x') }));
    const resolved = checkQuery({ filter: open as never }).checked?.filter;
    open.field.name = "channel eq 'a' or channel";
    expect(resolved).toMatchObject({ field: { name: 'channel' } });
    expect(Object.isFrozen(resolved)).toBe(true);
  });

  it('nested far deeper than text allows is linted as its printed text (PCAQ0114), not a crash', () => {
    let tree: FilterNode = eq('channel', 'x');
    for (let i = 0; i < 200; i++) tree = i % 2 ? and([tree, eq('channel', 'y')]) : or([tree, eq('channel', 'z')]);
    expect(codes({ filter: tree })).toContain('PCAQ0114');
  });

  test.prop([filterTree(validComparison, 3), fc.string({ minLength: 1, maxLength: 12 })], { numRuns: 200 })(
    'any field name that is not a name of the grammar is an error, never a clean lint',
    (tree, name) => {
      const bad = and([tree, eq(name, 'x')]);
      const valid = /^[A-Za-z][A-Za-z0-9_]*$/.test(name);
      expect(codes({ filter: bad }).includes('PCAQ0205')).toBe(!valid);
    },
  );
});

describe('a group-by array built in code', () => {
  it("reads 'channel,customerTenantId' as one bad name, not two fields", () => {
    const { fields, diagnostics } = parseGroupBy(['channel,customerTenantId', 'workloadCode']);
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([['PCAQ0205', { start: 0, end: 24 }]]);
    expect(fields.map((f) => f.name)).toEqual(['workloadCode']);
    expect(checkQuery({ groupby: ['channel,customerTenantId'] }).checked).toBeUndefined();
  });

  it('keeps reporting the other problems of the list beside a bad name', () => {
    expect(codes({ groupby: ['a b', 'Channel', 'licensesActive'] })).toEqual(['PCAQ0205', 'PCAQ0201', 'PCAQ0203']);
  });
});
