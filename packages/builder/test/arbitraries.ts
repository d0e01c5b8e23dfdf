import { fc } from '@fast-check/vitest';
import { and, comparison, field, or, stringLiteral, type FilterNode } from '@pcaq/core';

/** The text fields of the license-usage schema (the GUID fields need GUID values, kept apart). */
export const TEXT_FIELDS = ['workloadCode', 'workloadName', 'serviceCode', 'serviceName', 'channel', 'customerName', 'productName'] as const;

/** Values that try to break out of a literal: quotes, keywords, parentheses, %, newlines, astral characters. */
export const hostileValue = fc.oneof(
  fc.string({
    unit: fc.constantFrom("'", "''", '"', ' or ', ' and ', 'x', ' ne ', ')', '(', '%', '%27', '&', '#', '+', '=', '\n', '\r\n', '\t', 'é', '😀', '\u0000', '\\', '`', '${'),
  }),
  fc.string({ unit: 'binary', maxLength: 16 }),
  fc.constantFrom("x' or customerName ne '", "') or (channel eq '", "'", "''", '', ' ', "O'Brien"),
);

/** Depth-bounded, flat filter trees made with the core factories from the given comparisons. */
export function filterTree(leaf: fc.Arbitrary<FilterNode>, depth = 4): fc.Arbitrary<FilterNode> {
  const { node } = fc.letrec<{ node: FilterNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: depth, withCrossShrink: true },
      leaf,
      fc.array(tie('node'), { minLength: 2, maxLength: 4 }).map((operands) => and(operands)),
      fc.array(tie('node'), { minLength: 2, maxLength: 4 }).map((operands) => or(operands)),
    ),
  }));
  return node;
}

/** A comparison on a text field with any value (valid for the checker whatever the value). */
export const textComparison: fc.Arbitrary<FilterNode> = fc
  .tuple(fc.constantFrom(...TEXT_FIELDS), fc.constantFrom('eq' as const, 'ne' as const), hostileValue)
  .map(([name, operator, value]) => comparison(field(name), operator, stringLiteral(value)));

/** A tree without its spans, to compare trees from different producers. */
export function withoutSpans(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutSpans);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'span').map(([k, v]) => [k, withoutSpans(v)]));
}

/** Every node of a tree is frozen (the core factories freeze what they make). */
export function isDeepFrozen(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return true;
  return Object.isFrozen(node) && Object.values(node).every(isDeepFrozen);
}
