import { isDateTimeText } from '@pcaq/core';
import { filteredField, isFiltered } from '../field-definition.js';
import type { CheckRule } from '../rule.js';
import { abbreviate } from '../text-checks.js';

/**
 * PCAQ0209: a value on a date field that is no date (docs/language.md, "Dates"): text in a cast
 * or in quotes that is not an ISO 8601 date or date-time, or one that names no day
 * (`2018-02-30`). The span is the literal. No fix: which date was meant needs a human.
 *
 * @example
 * ```ts
 * invalidDateRule.code; // 'PCAQ0209'
 * ```
 */
export const invalidDateRule: CheckRule = {
  code: 'PCAQ0209',
  comparison: (node, context) => {
    const definition = filteredField(node, context);
    if (definition?.kind !== 'datetime' || node.operator === 'contains') return;
    const value = node.value;
    if (value.type === 'BooleanLiteral' || isDateTimeText(value.value)) return;
    context.report({ code: 'PCAQ0209', span: value.span, args: { field: definition.name, value: abbreviate(value.value) } });
  },
  appliesTo: (definition) => isFiltered(definition) && definition.kind === 'datetime',
};
