import { filteredField, isFiltered } from '../field-definition.js';
import type { CheckRule } from '../rule.js';
import { abbreviate } from '../text-checks.js';

/**
 * PCAQ0210 (warning): a value compared with an enum field that is not one of its documented values
 * in any case (`status eq 'PAUSED'`). Only a warning: the service returns values outside its own
 * lists (docs/language.md, "Operators and literals"). A value that differs from a documented one
 * only in case is PCAQ0211's on a case-sensitive field, and fine on any other. No fix.
 *
 * @example
 * ```ts
 * valueOutsideEnumRule.code; // 'PCAQ0210'
 * ```
 */
export const valueOutsideEnumRule: CheckRule = {
  code: 'PCAQ0210',
  comparison: (node, context) => {
    const definition = filteredField(node, context);
    const values = definition?.kind === 'enum' ? definition.values : undefined;
    if (definition === undefined || values === undefined || node.value.type !== 'StringLiteral' || node.operator === 'contains') return;
    const folded = node.value.value.toLowerCase();
    if (values.some((v) => v.toLowerCase() === folded)) return;
    context.report({ code: 'PCAQ0210', span: node.value.span, args: { value: abbreviate(node.value.value), field: definition.name, values: values.join(', ') } });
  },
  appliesTo: (definition) => isFiltered(definition) && definition.kind === 'enum' && definition.values !== undefined,
};
