import type { FixInit } from '@pcaq/core';
import type { CheckRule } from '../rule.js';
import { abbreviate, spanHolds } from '../text-checks.js';

/**
 * PCAQ0303 (warning): a field named twice in a group-by list. Grouping twice by one field changes
 * nothing, so the fix removes the repeated item together with the comma before it.
 *
 * @example
 * ```ts
 * duplicateGroupByRule.code; // 'PCAQ0303'
 * ```
 */
export const duplicateGroupByRule: CheckRule = {
  code: 'PCAQ0303',
  groupBy: (fields, context) => {
    const seen = new Set<string>();
    fields.forEach((fieldNode, index) => {
      if (!seen.has(fieldNode.name)) {
        seen.add(fieldNode.name);
        return;
      }
      const previous = fields[index - 1];
      // From the end of the item before to the end of this one: ", channel" in "channel, channel".
      const removable =
        previous !== undefined &&
        previous.span.end <= fieldNode.span.start &&
        spanHolds(context.text, previous.span, previous.name) &&
        spanHolds(context.text, fieldNode.span, fieldNode.name);
      const fixes: FixInit[] = removable
        ? [{ edits: [{ span: { start: previous.span.end, end: fieldNode.span.end }, text: '' }], args: { name: fieldNode.name } }]
        : [];
      context.report({ code: 'PCAQ0303', span: fieldNode.span, args: { name: abbreviate(fieldNode.name) }, fixes });
    });
  },
};
