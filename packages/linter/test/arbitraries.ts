import { fc } from '@fast-check/vitest';
import { comparison, field, stringLiteral, type FilterNode } from '@pcaq/core';
import { TEXT_FIELDS } from '@pcaq/testing';

export { filterTree, TEXT_FIELDS, withoutSpans } from '@pcaq/testing';

/** Values rich in what trips printers and URL codecs: quotes, %, &, #, +, =, whitespace, non-ASCII, astral. */
export const awkwardValue = fc.oneof(
  fc.string({ unit: fc.constantFrom("'", "''", '"', '%', '&', '#', '+', '=', '?', '/', ' ', '\t', '\n', '\r\n', '(', ')', 'é', '😀', 'a', 'Z', '0') }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

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
