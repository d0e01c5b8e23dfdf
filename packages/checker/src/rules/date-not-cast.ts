import { isDateTimeText, type FixInit } from '@pcaq/core';
import { filteredField, isFiltered } from '../field-definition.js';
import { castText, literalText } from '../literal-text.js';
import type { CheckRule } from '../rule.js';
import { replaceFix, spanHolds } from '../text-checks.js';

/**
 * PCAQ0208 (warning): a date on a date field written bare (`2018-01-01`, OData's literal) or
 * quoted (`'2018-01-01'`) instead of the documented `cast('2018-01-01', Edm.DateTimeOffset)`
 * (docs/language.md, "Dates"). pcaq reads both as the date; the service documents only the cast.
 * The span is the literal; the fix writes the cast form.
 *
 * @example
 * ```ts
 * dateNotCastRule.code; // 'PCAQ0208'
 * ```
 */
export const dateNotCastRule: CheckRule = {
  code: 'PCAQ0208',
  comparison: (node, context) => {
    const definition = filteredField(node, context);
    if (definition?.kind !== 'datetime' || node.operator === 'contains') return;
    const value = node.value;
    if (value.type === 'BooleanLiteral' || (value.type === 'DateTimeLiteral' && value.form === 'cast')) return;
    if (!isDateTimeText(value.value)) return;
    const expected = castText(value.value);
    const written = literalText(value);
    const fixes: FixInit[] = spanHolds(context.text, value.span, written) ? [replaceFix(value.span, written, expected)] : [];
    context.report({ code: 'PCAQ0208', span: value.span, args: { expected }, fixes });
  },
  appliesTo: (definition) => isFiltered(definition) && definition.kind === 'datetime',
};
