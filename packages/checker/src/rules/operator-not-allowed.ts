import { DEFAULT_OPERATORS } from '@pcaq/core';
import { filteredField, isFiltered } from '../field-definition.js';
import { operatorSpan } from '../operator-span.js';
import type { CheckRule } from '../rule.js';

/**
 * PCAQ0206: an operator the field does not take (`channel gt 'a'` on licence usage, where every
 * field takes `eq` and `ne`; `contains(status,'A')` where `status` takes no `contains`). The
 * schema's `operators` of the field decide (default `eq ne`, docs/language.md, "Operators and
 * literals"). The span is the operator; the message names the operators the field takes. No fix:
 * which comparison was meant needs a human.
 *
 * @example
 * ```ts
 * operatorNotAllowedRule.code; // 'PCAQ0206'
 * ```
 */
export const operatorNotAllowedRule: CheckRule = {
  code: 'PCAQ0206',
  comparison: (node, context) => {
    const definition = filteredField(node, context);
    if (definition === undefined) return;
    const operators = definition.operators ?? DEFAULT_OPERATORS;
    if (operators.includes(node.operator)) return;
    context.report({
      code: 'PCAQ0206',
      span: operatorSpan(node, context.text),
      args: { field: definition.name, operator: node.operator, operators: operators.join(', ') },
    });
  },
  appliesTo: isFiltered,
};
