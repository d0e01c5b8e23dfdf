import { quoteLiteral, type FixInit } from '@pcaq/core';
import { filteredField, isFiltered } from '../field-definition.js';
import type { CheckRule } from '../rule.js';
import { abbreviate, replaceFix, spanHolds } from '../text-checks.js';

/**
 * PCAQ0211 (warning): on an enum field its schema marks case-sensitive (the page says so of
 * `subscriptionType`), a value that is a documented one in another case (`'office'` for
 * `'Office'`) matches nothing. The span is the literal; the fix writes the documented spelling.
 *
 * @example
 * ```ts
 * enumCaseMismatchRule.code; // 'PCAQ0211'
 * ```
 */
export const enumCaseMismatchRule: CheckRule = {
  code: 'PCAQ0211',
  comparison: (node, context) => {
    const definition = filteredField(node, context);
    if (definition?.kind !== 'enum' || definition.caseSensitive !== true || node.value.type !== 'StringLiteral' || node.operator === 'contains') return;
    const { value, span } = node.value;
    const values = definition.values ?? [];
    if (values.includes(value)) return;
    const expected = values.find((v) => v.toLowerCase() === value.toLowerCase());
    if (expected === undefined) return;
    const written = quoteLiteral(value);
    const fixes: FixInit[] = spanHolds(context.text, span, written) ? [replaceFix(span, written, quoteLiteral(expected))] : [];
    context.report({ code: 'PCAQ0211', span, args: { field: definition.name, expected, actual: abbreviate(value) }, fixes });
  },
  appliesTo: (definition) => isFiltered(definition) && definition.kind === 'enum' && definition.caseSensitive === true,
};
