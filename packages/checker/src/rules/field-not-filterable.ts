import { findField } from '@pcaq/core';
import type { CheckRule } from '../rule.js';
import { abbreviate } from '../text-checks.js';

/**
 * PCAQ0202: a field the rows carry but the service cannot filter on (`licensesActive`,
 * `licensesQualified`, `processedDateTime`). The message lists the fields that can be filtered on.
 * No fix: which field was meant is a human decision.
 *
 * @example
 * ```ts
 * fieldNotFilterableRule.code; // 'PCAQ0202'
 * ```
 */
export const fieldNotFilterableRule: CheckRule = {
  code: 'PCAQ0202',
  comparison: (node, context) => {
    const definition = findField(context.schema, node.field.name);
    if (!definition || definition.filterable) return;
    const fields = context.schema.fields.filter((f) => f.filterable).map((f) => f.name);
    context.report({ code: 'PCAQ0202', span: node.field.span, args: { name: abbreviate(node.field.name), fields: fields.join(', ') } });
  },
};
