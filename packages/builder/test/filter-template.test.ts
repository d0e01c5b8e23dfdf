import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { assertNever, comparison, field, stringLiteral, type FilterNode } from '@pcaq/core';
import { printFilter } from '@pcaq/printer';
import { filter, licenseUsageQuery } from '@pcaq/builder';
import { TEXT_FIELDS, filterTree, hostileValue, isDeepFrozen, withoutSpans } from './arbitraries.js';

/** Calls the tag as the language would, with the given parts and values. */
function tag(parts: readonly string[], values: readonly string[]) {
  const strings = Object.assign([...parts], { raw: [...parts] }) as unknown as TemplateStringsArray;
  return filter(strings, ...values);
}

/** The string literals of a tree, left to right. */
function literals(node: FilterNode): string[] {
  switch (node.type) {
    case 'Comparison':
      return [String(node.value.value)];
    case 'Logical':
      return node.operands.flatMap(literals);
    default:
      return assertNever(node);
  }
}

/** The tree with every value replaced by a placeholder: its structure. */
function structure(node: FilterNode): unknown {
  switch (node.type) {
    case 'Comparison':
      return { field: node.field.name, operator: node.operator };
    case 'Logical':
      return { operator: node.operator, operands: node.operands.map(structure) };
    default:
      return assertNever(node);
  }
}

const HOLE = '\u0001';

/**
 * A template from a tree whose values are holes (HOLE) or fixed text: its static parts, printed
 * as the printer does, optionally wrapped in parentheses and line breaks.
 */
const template = fc
  .tuple(
    filterTree(
      fc
        .tuple(fc.constantFrom(...TEXT_FIELDS), fc.constantFrom('eq' as const, 'ne' as const), fc.constantFrom(HOLE, HOLE, 'fixed', "it''s"))
        .map(([name, operator, value]) => comparison(field(name), operator, stringLiteral(value))),
      3,
    ),
    fc.constantFrom(['', ''], ['(\n', '\r\n)'], ['\t ', ' ']),
  )
  .map(([shape, [before, after]]) => ({ shape, parts: `${before}${printFilter(shape)}${after}`.split(`'${HOLE}'`) }));

describe('filter`...` turns every interpolation into a literal', () => {
  const cases: readonly [string, () => ReturnType<typeof filter>, string][] = [
    ['two values', () => filter`customerName eq ${'Contoso'} and channel eq ${'Reseller'}`, "customerName eq 'Contoso' and channel eq 'Reseller'"],
    ['a quote', () => filter`customerName eq ${"O'Brien"}`, "customerName eq 'O''Brien'"],
    ['an injection attempt', () => filter`customerName eq ${"x' or customerName ne '"}`, "customerName eq 'x'' or customerName ne '''"],
    ['a closing parenthesis', () => filter`(customerName eq ${"a') or (channel eq 'b"})`, "customerName eq 'a'') or (channel eq ''b'"],
    ['an empty value', () => filter`channel eq ${''}`, "channel eq ''"],
    ['line breaks in the template', () => filter`channel eq ${'R'}\n  and workloadCode ne ${'SFB'}`, "channel eq 'R' and workloadCode ne 'SFB'"],
    ['a GUID', () => filter`customerTenantId eq ${'0112A436-B14E-4888-967B-CA4BB2CF1234'}`, "customerTenantId eq '0112A436-B14E-4888-967B-CA4BB2CF1234'"],
  ];
  it.each(cases)('%s', (_, make, text) => {
    const condition = make();
    expect(condition.diagnostics).toEqual([]);
    expect(condition.toString()).toBe(text);
    expect(isDeepFrozen(condition.node)).toBe(true);
  });

  it('keeps spans into the assembled text', () => {
    const condition = filter`channel eq ${'R'}`;
    expect(condition.text).toBe("channel eq 'R'");
    expect(condition.node?.type === 'Comparison' && condition.node.value.span).toEqual({ start: 11, end: 14 });
  });

  it('feeds a query builder', () => {
    expect(licenseUsageQuery().filter(filter`channel eq ${'R'}`).toQueryString()).toBe('filter=channel%20eq%20%27R%27');
  });
});

describe('an interpolation where syntax belongs is an error at its span', () => {
  // [template parts, the interpolation's span in the assembled text (value 'v' is `'v'`), code]
  const cases: readonly [string, readonly string[], { start: number; end: number }, string][] = [
    ['a field', ['', " eq 'x'"], { start: 0, end: 3 }, 'PCAQ0112'],
    ['an operator', ['channel ', " 'x'"], { start: 8, end: 11 }, 'PCAQ0112'],
    ['a keyword', ["channel eq 'x' ", " channel eq 'y'"], { start: 15, end: 18 }, 'PCAQ0112'],
    ['inside quotes', ["channel eq '", "'"], { start: 12, end: 15 }, 'PCAQ0112'],
    ['inside quotes, parsing', ["channel eq 'a ", " b'"], { start: 14, end: 17 }, 'PCAQ0112'],
    ['two values side by side', ['channel eq ', '', ''], { start: 11, end: 14 }, 'PCAQ0112'],
    ['alone', ['', ''], { start: 0, end: 3 }, 'PCAQ0112'],
  ];
  it.each(cases)('%s', (_, parts, at, code) => {
    const values = parts.slice(1).map(() => 'v');
    const condition = tag(parts, values);
    expect(condition.node).toBeUndefined();
    expect(condition.diagnostics.filter((d) => d.span.start === at.start && d.span.end === at.end).map((d) => d.code)).toContain(code);
  });

  it('a value that is not a string (a JavaScript caller) is PCAQ0109 at its span', () => {
    const condition = tag(['channel eq ', ''], [42 as unknown as string]);
    expect(condition.diagnostics.map((d) => [d.code, d.span])).toEqual([['PCAQ0109', { start: 11, end: 13 }]]);
  });

  it('the template text itself is linted: keyword case, unknown fields', () => {
    expect(filter`channel EQ ${'x'}`.diagnostics.map((d) => [d.code, d.span])).toEqual([['PCAQ0105', { start: 8, end: 10 }]]);
    expect(filter`Channel eq ${'x'}`.diagnostics.map((d) => [d.code, d.span])).toEqual([['PCAQ0201', { start: 0, end: 7 }]]);
  });
});

describe('no interpolated value changes the structure (property)', () => {
  test.prop([template.chain(({ shape, parts }) => fc.tuple(fc.constant(shape), fc.constant(parts), fc.array(hostileValue, { minLength: parts.length - 1, maxLength: parts.length - 1 })))], {
    numRuns: 300,
  })('structure equals the template’s, and each hole holds its value exactly', ([shape, parts, values]) => {
    const condition = tag(parts, values);
    expect(condition.diagnostics).toEqual([]);
    const node = condition.node!;
    expect(structure(node)).toEqual(structure(shape));
    let hole = 0;
    const expected = literals(shape).map((v) => (v === HOLE ? values[hole++]! : v));
    expect(literals(node)).toEqual(expected);
  });

  test.prop([fc.constantFrom(['', " eq 'x'"], ['channel ', " 'x'"], ["channel eq 'x' ", " channel eq 'y'"], ["channel eq '", "'"], ['channel eq ', '', '']), fc.array(hostileValue, { minLength: 2, maxLength: 2 })], {
    numRuns: 200,
  })('a misplaced interpolation is an error for any value, and never throws', (parts, values) => {
    const condition = tag(parts, values.slice(0, parts.length - 1));
    expect(condition.node).toBeUndefined();
    expect(condition.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  test.prop([hostileValue.filter((v) => !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v))], { numRuns: 200 })(
    'a GUID field given any other value is PCAQ0204 at the interpolation',
    (value) => {
      const condition = filter`customerTenantId eq ${value}`;
      expect(condition.diagnostics.map((d) => [d.code, d.span.start, d.span.end])).toEqual([['PCAQ0204', 20, condition.text!.length]]);
    },
  );

  it('structure holds for a huge value too (then the length limit applies)', () => {
    const condition = filter`customerName eq ${"'".repeat(20_000)}`;
    expect(condition.diagnostics.map((d) => d.code)).toEqual(['PCAQ0115']);
    expect(withoutSpans(condition.node)).toBeUndefined();
  });
});
