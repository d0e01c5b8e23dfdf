import type { CheckRule } from '../rule.js';
import { indexSchema } from '../schema-index.js';
import { abbreviate } from '../text-checks.js';

/**
 * PCAQ0203: a field the rows carry but the service cannot group by (`licensesActive` and
 * `licensesQualified` are the sums a group-by returns). The message lists the groupable fields.
 *
 * @example
 * ```ts
 * fieldNotGroupableRule.code; // 'PCAQ0203'
 * ```
 */
export const fieldNotGroupableRule: CheckRule = {
  code: 'PCAQ0203',
  groupBy: (fieldNodes, context) => {
    const index = indexSchema(context.schema);
    for (const fieldNode of fieldNodes) {
      const definition = index.byName.get(fieldNode.name);
      if (!definition || definition.groupable) continue;
      context.report({ code: 'PCAQ0203', span: fieldNode.span, args: { name: abbreviate(fieldNode.name), fields: index.groupable.join(', ') } });
    }
  },
};
