import { isDateTimeText, type FixInit, type LiteralNode } from '@pcaq/core';
import { filteredField, isFiltered } from '../field-definition.js';
import type { CheckRule } from '../rule.js';
import { abbreviate } from '../text-checks.js';

/**
 * PCAQ0209: a value on a date field that is no date (docs/language.md, "Dates"): text in a cast
 * or in quotes that is not an ISO 8601 date or date-time, or one that names no day
 * (`2018-02-30`). The span is the literal. One fix, where the meaning is sure: a date-time whose
 * offset lost its `+` to a space (`...T10:00:00 05:30`, what a URL that did not encode `+` as
 * `%2B` gives) gets its `+` back; any other date needs a human.
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
    const fixes = plusOffsetFix(value, context.text);
    context.report({ code: 'PCAQ0209', span: value.span, args: { field: definition.name, value: abbreviate(value.value) }, fixes });
  },
  appliesTo: (definition) => isFiltered(definition) && definition.kind === 'datetime',
};

/** A time, one space, then `hh:mm`: an offset whose `+` a URL decoded as a space (docs/language.md, "Dates"). */
const SPACED_OFFSET = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?) (\d{2}:\d{2})$/;

function plusOffsetFix(value: Exclude<LiteralNode, { type: 'BooleanLiteral' }>, text: string): FixInit[] {
  const m = SPACED_OFFSET.exec(value.value);
  if (!m) return [];
  const meant = `${m[1]}+${m[2]}`;
  // A date holds no quote, so the value is in the text as written; only its space is replaced.
  const at = text.slice(value.span.start, value.span.end).indexOf(value.value);
  if (at < 0 || !isDateTimeText(meant)) return [];
  const space = value.span.start + at + m[1]!.length;
  return [{ edits: [{ span: { start: space, end: space + 1 }, text: '+' }], args: { replacement: meant } }];
}
