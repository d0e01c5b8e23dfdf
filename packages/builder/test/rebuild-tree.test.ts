import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { FAMILY_EXAMPLE_SCHEMA, familyFilterTree, withoutSpans } from '@pcaq/testing';
import { rebuildTree } from '../src/rebuild-tree.js';

describe('rebuildTree keeps the family literals', () => {
  it('copies booleans, dates with their form, and contains from plain objects into frozen nodes', () => {
    const plain = {
      type: 'Logical',
      operator: 'and',
      operands: [
        { type: 'Comparison', field: { type: 'Field', name: 'autoRenewEnabled' }, operator: 'eq', value: { type: 'BooleanLiteral', value: true } },
        { type: 'Comparison', field: { type: 'Field', name: 'creationDate' }, operator: 'gt', value: { type: 'DateTimeLiteral', value: '2018-01-01', form: 'bare' } },
        { type: 'Comparison', field: { type: 'Field', name: 'customerName' }, operator: 'contains', value: { type: 'StringLiteral', value: 'x' } },
      ],
    };
    const rebuilt = rebuildTree(plain as never);
    expect(withoutSpans(rebuilt)).toEqual(plain);
    expect(rebuilt.type === 'Logical' && rebuilt.operands.every((o) => Object.isFrozen(o) && o.type === 'Comparison' && Object.isFrozen(o.value))).toBe(true);
  });

  test.prop([familyFilterTree(FAMILY_EXAMPLE_SCHEMA)])('gives back an equal tree for any family tree', (tree) => {
    expect(rebuildTree(JSON.parse(JSON.stringify(tree)))).toEqual(tree);
  });
});
