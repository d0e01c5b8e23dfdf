import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { comparison, field, filterTreeProblem, stringLiteral } from '@pcaq/core';

// filterTreeProblem scans the path of `Logical` nodes for a cycle while it is short and keeps a
// Set past 32 levels (a Set of nodes made just now cost more than the rest of the walk). Both
// must find the same cycles, at the same place, and take a node shared by two branches for what
// it is: not a cycle.

const eq = comparison(field('channel'), 'eq', stringLiteral('x'));

interface Chain {
  readonly root: unknown;
  readonly levels: { type: string; operator: string; operands: unknown[] }[];
}

/** `Logical` nodes nested `depth` deep, each with a comparison beside the next level. */
function chain(depth: number): Chain {
  const levels = Array.from({ length: depth }, (_, i) => ({ type: 'Logical', operator: i % 2 ? 'and' : 'or', operands: [eq] as unknown[] }));
  for (let i = 0; i + 1 < depth; i++) levels[i]!.operands.push(levels[i + 1]);
  return { root: levels[0], levels };
}

/** The path of the operand pushed last at each level, down to level `to` (included). */
function pathTo(levels: Chain['levels'], to: number): string {
  return levels.slice(0, to).map((level) => `operands[${level.operands.length - 1}]`).join('.');
}

describe('filterTreeProblem: cycles at every depth', () => {
  test.prop([fc.integer({ min: 1, max: 80 }), fc.nat()])('finds a node that is its own ancestor, below and past 32 levels', (depth, pick) => {
    const { root, levels } = chain(depth);
    const target = pick % depth;
    const deepest = levels[depth - 1]!;
    deepest.operands.push(levels[target]);
    expect(filterTreeProblem(root)).toEqual({ path: pathTo(levels, depth), reason: 'contains itself (a cycle)' });
  });

  test.prop([fc.integer({ min: 2, max: 80 }), fc.nat()])('takes a node shared by two branches at any depth for a tree', (depth, pick) => {
    const { levels } = chain(depth);
    // The same subtree twice, side by side: a diamond, not a cycle, at any level.
    const shared = levels[1 + (pick % (depth - 1))]!;
    const root = { type: 'Logical', operator: 'and', operands: [levels[0], shared, { type: 'Logical', operator: 'or', operands: [shared, eq] }] };
    expect(filterTreeProblem(root)).toBeUndefined();
  });
});
