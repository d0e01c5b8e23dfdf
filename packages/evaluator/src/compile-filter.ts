import { assertNever, findField, type ComparisonNode, type FilterNode, type LogicalNode, type Schema } from '@pcaq/core';
import { fieldTest } from './field-access.js';
import { createTextEquals } from './text-equality.js';
import type { Row } from './types.js';

/**
 * A compiled filter: true when the row is in the result.
 *
 * @example
 * ```ts
 * const test: RowPredicate = (row) => row.channel === 'Reseller';
 * ```
 */
export type RowPredicate = (row: Row) => boolean;

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
export function compileFilter(node: FilterNode, schema: Schema, caseSensitive: boolean): RowPredicate {
  switch (node.type) {
    case 'Comparison':
      return compileComparison(node, schema, caseSensitive);
    case 'Logical':
      return compileLogical(node, schema, caseSensitive);
    default:
      return assertNever(node);
  }
}

function compileComparison(node: ComparisonNode, schema: Schema, caseSensitive: boolean): RowPredicate {
  const name = node.field.name;
  const ignoreCase = !caseSensitive || findField(schema, name)?.kind === 'guid';
  const equals = createTextEquals(node.value.value, ignoreCase);
  // A missing value is not equal to anything, so `ne` is simply "not equal": true for missing.
  return fieldTest(name, node.operator === 'eq' ? equals : (value) => !equals(value));
}

function compileLogical(node: LogicalNode, schema: Schema, caseSensitive: boolean): RowPredicate {
  const parts = node.operands.map((operand) => compileFilter(operand, schema, caseSensitive));
  return node.operator === 'and' ? allOf(parts) : anyOf(parts);
}

// Two and three operands get unrolled closures: they are the common cases, and a loop over an
// array of closures costs a bounds check and an indirect call per step.
function allOf(parts: readonly RowPredicate[]): RowPredicate {
  const [a, b, c] = parts;
  if (a && b && parts.length === 2) return (row) => a(row) && b(row);
  if (a && b && c && parts.length === 3) return (row) => a(row) && b(row) && c(row);
  return (row) => {
    for (const part of parts) if (!part(row)) return false;
    return true;
  };
}

function anyOf(parts: readonly RowPredicate[]): RowPredicate {
  const [a, b, c] = parts;
  if (a && b && parts.length === 2) return (row) => a(row) || b(row);
  if (a && b && c && parts.length === 3) return (row) => a(row) || b(row) || c(row);
  return (row) => {
    for (const part of parts) if (part(row)) return true;
    return false;
  };
}
