import type { CheckRule } from '../rule.js';
import { indexSchema } from '../schema-index.js';
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
    const index = indexSchema(context.schema);
    const definition = index.byName.get(node.field.name);
    if (!definition || definition.filterable) return;
    context.report({ code: 'PCAQ0202', span: node.field.span, args: { name: abbreviate(node.field.name), fields: index.filterable.join(', ') } });
  },
  appliesTo: (definition) => !definition.filterable,
};
