import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { comparisonsOf, comparison, field, stringLiteral, type FilterNode, type LogicalOperator } from '@pcaq/core';
import { checkQuery, lintQuery, parseFilter, parseGroupBy } from '@pcaq/linter';
import { printFilter } from '@pcaq/printer';
import { anyComparison, filterTree, withoutSpans } from './arbitraries.js';

// A tree from code is checked as a tree (docs/architecture.md, "The checked query"); these tests
// hold it to the answer the parser gives for the tree's printed text.

/** Trees as code may hand them over: plain objects, an operator nested under the same operator, no spans. */
const rawTree: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 5, withCrossShrink: true },
    anyComparison,
    fc
      .tuple(fc.constantFrom<LogicalOperator>('and', 'or'), fc.array(tie('node'), { minLength: 1, maxLength: 3 }))
      .map(([operator, operands]) => ({ type: 'Logical', operator, operands })),
  ),
})).node;

const GUID = '0112a436-b14e-4888-967b-ca4bb2cf1234';
const guidComparison = fc.constantFrom(
  comparison(field('customerTenantId'), 'eq', stringLiteral(GUID)),
  comparison(field('customerTenantId'), 'ne', stringLiteral('not a guid')),
  comparison(field('productId'), 'eq', stringLiteral('\uFFFD')),
);

function asParsed(tree: unknown): { diagnostics: unknown; filter: unknown; comparisons: unknown } {
  const text = printFilter(tree as FilterNode);
  const parsed = parseFilter(text, { source: 'filter' });
  return { diagnostics: parsed.diagnostics, filter: withoutSpans(parsed.ast), comparisons: parsed.ast ? comparisonsOf(parsed.ast) : undefined };
}

function asTree(tree: unknown): { diagnostics: unknown; filter: unknown; comparisons: unknown } {
  // The filter's own diagnostics: the request's URL length (PCAQ0408) is not the filter's.
  const diagnostics = lintQuery({ filter: tree as FilterNode }).filter((d) => d.source === 'filter');
  const checked = checkQuery({ filter: tree as FilterNode }).checked?.filter;
  const ast = checked ?? undefined;
  return { diagnostics, filter: withoutSpans(ast), comparisons: ast ? comparisonsOf(ast) : undefined };
}

describe('a tree from code checked without parsing', () => {
  test.prop([fc.oneof(rawTree, filterTree(fc.oneof(anyComparison, guidComparison)))], { numRuns: 250 })(
    'gives the diagnostics and the tree (comparisons at the same places) that parsing its printed text gives',
    (tree) => {
      const parsed = asParsed(tree);
      const checked = asTree(tree);
      expect(checked.diagnostics).toEqual(parsed.diagnostics);
      if (checked.filter !== undefined) {
        expect(checked.filter).toEqual(parsed.filter);
        expect(checked.comparisons).toEqual(parsed.comparisons);
      }
    },
  );

  it('checks a same-operator chain 1,600 levels deep (as long as a filter may be) without recursion', () => {
    let tree: unknown = comparison(field('channel'), 'eq', stringLiteral('x0'));
    for (let i = 1; i < 1_600; i++) tree = { type: 'Logical', operator: 'and', operands: [tree, comparison(field('channel'), 'eq', stringLiteral('x'))] };
    const checked = checkQuery({ filter: tree as FilterNode }).checked?.filter;
    expect(checked).toMatchObject({ type: 'Logical', operator: 'and' });
    expect(comparisonsOf(checked!)).toHaveLength(1_600);
  });

  it('leaves parentheses past the nesting limit to the parser, which reports them', () => {
    let tree: FilterNode = comparison(field('channel'), 'eq', stringLiteral('x'));
    for (let i = 0; i < 70; i++) {
      const inner = { type: 'Logical', operator: 'or', operands: [tree, comparison(field('channel'), 'eq', stringLiteral('y'))] } as unknown as FilterNode;
      tree = { type: 'Logical', operator: 'and', operands: [inner, comparison(field('channel'), 'eq', stringLiteral('z'))] } as unknown as FilterNode;
    }
    const ofFilter = lintQuery({ filter: tree }).filter((d) => d.source === 'filter');
    expect(ofFilter).toEqual(parseFilter(printFilter(tree), { source: 'filter' }).diagnostics);
    expect(ofFilter.map((d) => d.code)).toContain('PCAQ0114');
  });
});

describe('a group-by list from code checked without parsing', () => {
  const names = fc.array(fc.constantFrom('channel', 'workloadCode', 'customerTenantId', 'licensesActive', 'processedDateTime', 'productId'), { maxLength: 6 });
  test.prop([names], { numRuns: 200 })('gives the nodes and diagnostics that parsing the joined text gives', (list) => {
    const fromCode = parseGroupBy(list, { source: 'groupby' });
    const fromText = parseGroupBy(list.join(','), { source: 'groupby' });
    expect(fromCode).toEqual(fromText);
  });
});
