import { fc } from '@fast-check/vitest';
import { and, comparison, field, or, stringLiteral, type FilterNode } from '@pcaq/core';

/** Text fields of the license-usage schema (the GUID fields need GUID values, kept apart). */
export const TEXT_FIELDS = ['workloadCode', 'workloadName', 'serviceCode', 'serviceName', 'channel', 'customerName', 'productName'] as const;

/** Values rich in what trips printers and URL codecs: quotes, %, &, #, +, =, whitespace, non-ASCII, astral. */
export const awkwardValue = fc.oneof(
  fc.string({ unit: fc.constantFrom("'", "''", '"', '%', '&', '#', '+', '=', '?', '/', ' ', '\t', '\n', '\r\n', '(', ')', 'é', '😀', 'a', 'Z', '0') }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/**
 * Depth-bounded filter trees built with the core factories (so flat, n-ary). `leaf` makes the
 * comparisons; `depth` bounds the nesting of and/or.
 */
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

/** Any comparison with an identifier field and an awkward value. */
export const anyComparison: fc.Arbitrary<FilterNode> = fc
  .tuple(
    fc.oneof(fc.constantFrom(...TEXT_FIELDS), fc.stringMatching(/^x[A-Za-z0-9_]{0,8}$/)),
    fc.constantFrom('eq' as const, 'ne' as const),
    awkwardValue,
  )
  .map(([name, operator, value]) => comparison(field(name), operator, stringLiteral(value)));

/** A comparison that passes every check: a text field and a plain value. */
export const validComparison: fc.Arbitrary<FilterNode> = fc
  .tuple(fc.constantFrom(...TEXT_FIELDS), fc.constantFrom('eq' as const, 'ne' as const), fc.stringMatching(/^[A-Za-z0-9 ]{0,8}$/))
  .map(([name, operator, value]) => comparison(field(name), operator, stringLiteral(value)));

/** A tree without its spans, to compare trees from different producers. */
export function withoutSpans(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutSpans);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'span').map(([k, v]) => [k, withoutSpans(v)]));
}
