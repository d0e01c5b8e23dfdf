import { fc } from '@fast-check/vitest';
import { comparison, field, stringLiteral, type FilterNode } from '@pcaq/core';
import { TEXT_FIELDS } from '@pcaq/testing';

export { filterTree, TEXT_FIELDS, withoutSpans } from '@pcaq/testing';

/** Values that try to break out of a literal: quotes, keywords, parentheses, %, newlines, astral characters. */
export const hostileValue = fc.oneof(
  fc.string({
    unit: fc.constantFrom("'", "''", '"', ' or ', ' and ', 'x', ' ne ', ')', '(', '%', '%27', '&', '#', '+', '=', '\n', '\r\n', '\t', 'é', '😀', '\u0000', '\\', '`', '${'),
  }),
  fc.string({ unit: 'binary', maxLength: 16 }),
  fc.constantFrom("x' or customerName ne '", "') or (channel eq '", "'", "''", '', ' ', "O'Brien"),
);

/** A comparison on a text field with any value (valid for the checker whatever the value). */
export const textComparison: fc.Arbitrary<FilterNode> = fc
  .tuple(fc.constantFrom(...TEXT_FIELDS), fc.constantFrom('eq' as const, 'ne' as const), hostileValue)
  .map(([name, operator, value]) => comparison(field(name), operator, stringLiteral(value)));


/** Every node of a tree is frozen (the core factories freeze what they make). */
export function isDeepFrozen(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return true;
  return Object.isFrozen(node) && Object.values(node).every(isDeepFrozen);
}
