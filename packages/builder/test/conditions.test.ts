import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { NO_SPAN, comparison, field, or, stringLiteral, type FilterNode } from '@pcaq/core';
import { parseFilter } from '@pcaq/linter';
import { printFilter } from '@pcaq/printer';
import { QueryBuildError, allOf, anyOf, noneOf, someOf, where, type Condition } from '@pcaq/builder';
import { hostileValue, isDeepFrozen, withoutSpans } from './arbitraries.js';

const GUID_A = '0112A436-B14E-4888-967B-CA4BB2CF1234';
const GUID_B = 'a9b3c1d2-0000-4abc-8def-0123456789ab';

/** The parser's tree for the text, spans removed: what a builder condition must equal. */
function parsed(text: string): unknown {
  const { ast, diagnostics } = parseFilter(text);
  expect(diagnostics).toEqual([]);
  return withoutSpans(ast);
}

describe('conditions build the parser’s tree', () => {
  const cases: readonly [string, () => Condition, string][] = [
    ['eq', () => where('workloadCode').eq('SFB'), "workloadCode eq 'SFB'"],
    ['ne', () => where('channel').ne('Reseller'), "channel ne 'Reseller'"],
    ['or of two', () => where('workloadCode').eq('SFB').or(where('channel').eq('Reseller')), "workloadCode eq 'SFB' or channel eq 'Reseller'"],
    ['and binds tighter', () => where('channel').eq('R').and(where('workloadCode').eq('SFB').or(where('workloadCode').eq('EXO'))), "channel eq 'R' and (workloadCode eq 'SFB' or workloadCode eq 'EXO')"],
    ['quotes doubled', () => where('customerName').eq("O'Brien"), "customerName eq 'O''Brien'"],
    ['anyOf', () => anyOf('workloadCode', ['SFB', 'EXO', 'SPO']), "workloadCode eq 'SFB' or workloadCode eq 'EXO' or workloadCode eq 'SPO'"],
    ['anyOf of one', () => anyOf('channel', ['Reseller']), "channel eq 'Reseller'"],
    ['anyOf GUIDs', () => anyOf('customerTenantId', [GUID_A, GUID_B]), `customerTenantId eq '${GUID_A}' or customerTenantId eq '${GUID_B}'`],
    ['noneOf', () => noneOf('channel', ['Reseller', 'Direct']), "channel ne 'Reseller' and channel ne 'Direct'"],
    ['allOf', () => allOf(where('channel').eq('a'), where('workloadCode').eq('b'), where('productName').ne('c')), "channel eq 'a' and workloadCode eq 'b' and productName ne 'c'"],
    ['someOf', () => someOf(where('channel').eq('a'), where('workloadCode').eq('b')), "channel eq 'a' or workloadCode eq 'b'"],
    ['allOf of someOf', () => allOf(someOf(where('channel').eq('a'), where('channel').eq('b')), where('workloadCode').eq('c')), "(channel eq 'a' or channel eq 'b') and workloadCode eq 'c'"],
    ['a core tree', () => allOf(comparison(field('channel'), 'eq', stringLiteral('x')), where('workloadCode').eq('y')), "channel eq 'x' and workloadCode eq 'y'"],
  ];
  it.each(cases)('%s', (_, make, text) => {
    const condition = make();
    expect(condition.diagnostics).toEqual([]);
    expect(condition.toString()).toBe(text);
    expect(withoutSpans(condition.node)).toEqual(parsed(text));
    expect(isDeepFrozen(condition.node)).toBe(true);
    expect(Object.isFrozen(condition)).toBe(true);
  });

  it('anyOf over 500 tenants is one flat or node, printed without parentheses', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`);
    const condition = anyOf('customerTenantId', ids);
    const node = condition.node!;
    expect(node.type === 'Logical' && node.operator === 'or' && node.operands.length).toBe(500);
    expect(condition.toString()).not.toMatch(/[()]/);
    expect(condition.toString().split(' or ')).toHaveLength(500);
  });

  it('or chains built one call at a time stay flat', () => {
    let condition = where('workloadCode').eq('v0');
    for (let i = 1; i < 100; i++) condition = condition.or(where('workloadCode').eq(`v${i}`));
    expect(condition.node?.type === 'Logical' && condition.node.operands.length).toBe(100);
    expect(condition.toString()).not.toContain('(');
  });

  test.prop([fc.array(hostileValue, { minLength: 1, maxLength: 20 })], { numRuns: 100 })('anyOf prints as the core factories’ or of the same comparisons', (values) => {
    const expected = or(values.map((v) => comparison(field('customerName'), 'eq', stringLiteral(v))));
    const condition = anyOf('customerName', values);
    expect(condition.node).toEqual(expected);
    expect(withoutSpans(parseFilter(condition.toString()).ast)).toEqual(withoutSpans(expected));
  });
});

describe('conditions refuse what the checker rejects, with its codes', () => {
  const cases: readonly [string, () => Condition, string][] = [
    ['a GUID field with a value that is not a GUID', () => where('customerTenantId').eq('not-a-guid'), 'PCAQ0204'],
    ['a GUID in braces', () => where('productId').ne(`{${GUID_A}}`), 'PCAQ0204'],
    ['one bad GUID among good ones', () => anyOf('customerTenantId', [GUID_A, 'nope', GUID_B]), 'PCAQ0204'],
    ['anyOf an empty list', () => anyOf('customerTenantId', []), 'PCAQ0101'],
    ['noneOf an empty list', () => noneOf('channel', []), 'PCAQ0101'],
    ['allOf of nothing', () => allOf(), 'PCAQ0101'],
    ['someOf of nothing', () => someOf(), 'PCAQ0101'],
    ['a number from a JavaScript caller', () => where('channel').eq(5 as unknown as string), 'PCAQ0109'],
    ['undefined from a JavaScript caller', () => where('channel').ne(undefined as unknown as string), 'PCAQ0109'],
    ['an unknown field from a JavaScript caller', () => where('WorkloadCode' as 'workloadCode').eq('x'), 'PCAQ0201'],
    ['a field that cannot be filtered on', () => where('licensesActive' as 'workloadCode').eq('1'), 'PCAQ0202'],
    ['a malformed tree from a JavaScript caller', () => allOf({ type: 'Comparison' } as unknown as FilterNode), 'PCAQ0116'],
    ['an error inside a combination', () => where('channel').eq('R').and(where('customerTenantId').eq('x').or(where('channel').eq('D'))), 'PCAQ0204'],
  ];
  it.each(cases)('%s', (_, make, code) => {
    const condition = make();
    expect(condition.diagnostics.map((d) => [d.code, d.severity, d.span])).toEqual([[code, 'error', NO_SPAN]]);
    expect(condition.node).toBeUndefined();
    expect(Object.isFrozen(condition.diagnostics) && Object.isFrozen(condition.diagnostics[0])).toBe(true);
    expect(() => condition.toString()).toThrow(QueryBuildError);
  });

  it('the empty-list error names the call', () => {
    expect(anyOf('customerTenantId', []).diagnostics[0]?.message).toContain("anyOf('customerTenantId', [])");
  });

  it('a thrown QueryBuildError carries the diagnostics', () => {
    const condition = where('customerTenantId').eq('x');
    const error = (() => {
      try {
        condition.toString();
      } catch (e) {
        return e;
      }
      return undefined;
    })() as QueryBuildError;
    expect(error.name).toBe('QueryBuildError');
    expect(error.diagnostics.map((d) => d.code)).toEqual(['PCAQ0204']);
    expect(error.message).toContain('PCAQ0204');
  });

  it('a cyclic tree is refused, not looped over', () => {
    const cyclic = { type: 'Logical', operator: 'or', operands: [] as unknown[], span: NO_SPAN };
    cyclic.operands.push(cyclic, cyclic);
    expect(allOf(cyclic as unknown as FilterNode).diagnostics.map((d) => d.code)).toEqual(['PCAQ0116']);
  });
});

describe('immutability', () => {
  it('combining never changes the conditions combined', () => {
    const base = where('channel').eq('Reseller');
    const before = printFilter(base.node!);
    const left = base.and(where('workloadCode').eq('SFB'));
    const right = base.or(where('workloadCode').eq('EXO'));
    expect(base.toString()).toBe(before);
    expect(left.toString()).toBe("channel eq 'Reseller' and workloadCode eq 'SFB'");
    expect(right.toString()).toBe("channel eq 'Reseller' or workloadCode eq 'EXO'");
  });

  it('a plain tree handed in is copied into frozen nodes, so mutating it later changes nothing', () => {
    const plain = { type: 'Comparison', field: { type: 'Field', name: 'channel', span: NO_SPAN }, operator: 'eq', value: { type: 'StringLiteral', value: 'R', span: NO_SPAN }, span: NO_SPAN };
    const condition = allOf(plain as FilterNode);
    plain.value.value = 'changed';
    expect(condition.toString()).toBe("channel eq 'R'");
    expect(isDeepFrozen(condition.node)).toBe(true);
  });

  it('field references are frozen', () => {
    const ref = where('channel');
    expect(Object.isFrozen(ref)).toBe(true);
    expect(ref.name).toBe('channel');
  });
});
