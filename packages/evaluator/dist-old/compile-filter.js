import { assertNever, findField } from '@pcaq/core';
import { fieldTest } from './field-access.js';
import { createTextEquals } from './text-equality.js';
/**
 * Compiles a checked filter AST into nested closures, once. Evaluating a row then runs only
 * the closures: nothing looks at the AST again. Text compares case-insensitively unless
 * `caseSensitive`; fields the schema marks as GUIDs always compare case-insensitively.
 *
 * @example
 * ```ts
 * const test = compileFilter(comparison(field('channel'), 'eq', stringLiteral('Reseller')), LICENSE_USAGE_SCHEMA, false);
 * test({ channel: 'reseller' }); // true
 * ```
 */
export function compileFilter(node, schema, caseSensitive) {
    switch (node.type) {
        case 'Comparison':
            return compileComparison(node, schema, caseSensitive);
        case 'Logical':
            return compileLogical(node, schema, caseSensitive);
        default:
            return assertNever(node);
    }
}
function compileComparison(node, schema, caseSensitive) {
    const name = node.field.name;
    const ignoreCase = !caseSensitive || findField(schema, name)?.kind === 'guid';
    const equals = createTextEquals(node.value.value, ignoreCase);
    // A missing value is not equal to anything, so `ne` is simply "not equal": true for missing.
    return fieldTest(name, node.operator === 'eq' ? equals : (value) => !equals(value));
}
function compileLogical(node, schema, caseSensitive) {
    const parts = node.operands.map((operand) => compileFilter(operand, schema, caseSensitive));
    return node.operator === 'and' ? allOf(parts) : anyOf(parts);
}
// Two and three operands get unrolled closures: they are the common cases, and a loop over an
// array of closures costs a bounds check and an indirect call per step.
function allOf(parts) {
    const [a, b, c] = parts;
    if (a && b && parts.length === 2)
        return (row) => a(row) && b(row);
    if (a && b && c && parts.length === 3)
        return (row) => a(row) && b(row) && c(row);
    return (row) => {
        for (const part of parts)
            if (!part(row))
                return false;
        return true;
    };
}
function anyOf(parts) {
    const [a, b, c] = parts;
    if (a && b && parts.length === 2)
        return (row) => a(row) || b(row);
    if (a && b && c && parts.length === 3)
        return (row) => a(row) || b(row) || c(row);
    return (row) => {
        for (const part of parts)
            if (part(row))
                return true;
        return false;
    };
}
//# sourceMappingURL=compile-filter.js.map