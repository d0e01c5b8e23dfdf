import { assertNever, quoteLiteral, type LiteralNode } from '@pcaq/core';

/**
 * A literal as the canonical printer writes it: a string quoted, a boolean bare, a date in the
 * `cast(...)` form, a bare date as it stands (docs/language.md, "Dates"). The rules compare it
 * with the text under the literal's span before they offer a fix there.
 *
 * @example
 * ```ts
 * literalText(booleanLiteral(true)); // 'true'
 * ```
 */
export function literalText(node: LiteralNode): string {
  switch (node.type) {
    case 'StringLiteral':
      return quoteLiteral(node.value);
    case 'BooleanLiteral':
      return String(node.value);
    case 'DateTimeLiteral':
      return node.form === 'bare' ? node.value : castText(node.value);
    default:
      return assertNever(node);
  }
}

/**
 * The canonical date literal of ISO text: `cast('2018-01-01', Edm.DateTimeOffset)`.
 *
 * @example
 * ```ts
 * castText('2018-01-01'); // "cast('2018-01-01', Edm.DateTimeOffset)"
 * ```
 */
export function castText(value: string): string {
  return `cast(${quoteLiteral(value)}, Edm.DateTimeOffset)`;
}
