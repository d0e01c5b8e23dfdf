import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { and, assertNever, comparison, comparisonsOf, field, or, stringLiteral, type ComparisonNode, type FilterNode } from '@pcaq/core';
import { filterTree } from '@pcaq/testing';

const leaf = fc.stringMatching(/^[a-z]{1,6}$/).map((name) => comparison(field(name), 'eq', stringLiteral(name)));

/** The naive recursive model: comparisons left to right. */
function naive(node: FilterNode): ComparisonNode[] {
  switch (node.type) {
    case 'Comparison':
      return [node];
    case 'Logical':
      return node.operands.flatMap(naive);
    default:
      return assertNever(node);
  }
}

describe('comparisonsOf', () => {
  test.prop([filterTree(leaf)])('lists the comparisons of any tree left to right', (tree) => {
    expect(comparisonsOf(tree)).toEqual(naive(tree));
  });

  it('walks a tree nested far deeper than the call stack', () => {
    let tree: FilterNode = comparison(field('a'), 'eq', stringLiteral('0'));
    for (let i = 1; i <= 100_000; i++) tree = (i % 2 === 0 ? and : or)([comparison(field('a'), 'eq', stringLiteral(String(i))), tree]);
    const found = comparisonsOf(tree);
    expect(found).toHaveLength(100_001);
    expect(found[0]?.value.value).toBe('100000');
    expect(found.at(-1)?.value.value).toBe('0');
  });
});
