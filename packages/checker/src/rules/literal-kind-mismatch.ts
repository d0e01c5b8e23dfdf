import type { FieldDefinition, FixInit, LiteralNode, ValueKind } from '@pcaq/core';
import { filteredField, isFiltered } from '../field-definition.js';
import { literalText } from '../literal-text.js';
import type { CheckRule } from '../rule.js';
import { abbreviate, replaceFix, spanHolds } from '../text-checks.js';

/** What a field of each kind holds, as the message says it, and the literal kind it takes. */
const HOLDS: Partial<Record<ValueKind, { readonly words: string; readonly literal: LiteralNode['type'] }>> = {
  string: { words: 'text', literal: 'StringLiteral' },
  guid: { words: 'GUIDs', literal: 'StringLiteral' },
  enum: { words: 'text', literal: 'StringLiteral' },
  boolean: { words: 'true or false', literal: 'BooleanLiteral' },
  datetime: { words: 'dates', literal: 'DateTimeLiteral' },
};

const IS: Record<LiteralNode['type'], string> = {
  StringLiteral: 'text',
  BooleanLiteral: 'a boolean',
  DateTimeLiteral: 'a date',
};

/**
 * PCAQ0207: a literal of another kind than the field holds (docs/language.md, "Operators and
 * literals"): `'true'` or a date on a boolean field, `true` or a date on a text field, `true` on a
 * date field. Text on a date field is PCAQ0208 or PCAQ0209's case, not this one. The span is the
 * literal. A fix only where the meaning is sure: `'true'`/`'false'` (any case) on a boolean field
 * becomes `true`/`false`; a bare date on a text field becomes the quoted text it was before dates
 * were literals. `contains` is left to PCAQ0206 when the field does not take it.
 *
 * @example
 * ```ts
 * literalKindMismatchRule.code; // 'PCAQ0207'
 * ```
 */
export const literalKindMismatchRule: CheckRule = {
  code: 'PCAQ0207',
  comparison: (node, context) => {
    const definition = filteredField(node, context);
    const holds = definition && HOLDS[definition.kind];
    if (definition === undefined || holds === undefined || node.value.type === holds.literal) return;
    if (node.operator === 'contains' || (definition.kind === 'datetime' && node.value.type === 'StringLiteral')) return;
    const value = node.value;
    const written = literalText(value);
    const replacement = sureReplacement(definition, value);
    const fixes: FixInit[] = replacement !== undefined && spanHolds(context.text, value.span, written) ? [replaceFix(value.span, written, replacement)] : [];
    context.report({
      code: 'PCAQ0207',
      span: value.span,
      args: { field: definition.name, expected: holds.words, value: abbreviate(written), actual: IS[value.type], replacement: replacement ?? '' },
      fixes,
    });
  },
  appliesTo: (definition) => isFiltered(definition) && HOLDS[definition.kind] !== undefined,
};

function sureReplacement(definition: FieldDefinition, value: LiteralNode): string | undefined {
  if (definition.kind === 'boolean' && value.type === 'StringLiteral') {
    const lower = value.value.toLowerCase();
    return lower === 'true' || lower === 'false' ? lower : undefined;
  }
  if (definition.kind !== 'boolean' && value.type === 'DateTimeLiteral' && value.form === 'bare') return `'${value.value}'`;
  return undefined;
}
