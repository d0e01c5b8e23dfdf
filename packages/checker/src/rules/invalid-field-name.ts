import { isFieldName, type FieldNode } from '@pcaq/core';
import type { CheckRule, RuleContext } from '../rule.js';
import { abbreviate } from '../text-checks.js';

/**
 * PCAQ0205: a field name that is not a name of the grammar (a letter, then letters, digits or
 * `_`). The parser never makes one; a tree or a group-by list built in code can, and the printer
 * would send `channel eq 'a' or channel` as two comparisons, or `channel,customerTenantId` as two
 * fields. No fix: what the name was meant to be is the programmer's decision.
 *
 * @example
 * ```ts
 * fieldNameRule.code; // 'PCAQ0205'
 * ```
 */
export const fieldNameRule: CheckRule = {
  code: 'PCAQ0205',
  comparison: (node, context) => check(node.field, context),
  // A comparison on a defined field carries the definition's name.
  appliesTo: (definition) => !isFieldName(definition.name),
  groupBy: (fields, context) => {
    for (const fieldNode of fields) check(fieldNode, context);
  },
};

function check(fieldNode: FieldNode, context: RuleContext): void {
  if (!isFieldName(fieldNode.name)) context.report({ code: 'PCAQ0205', span: fieldNode.span, args: { name: abbreviate(fieldNode.name) } });
}
