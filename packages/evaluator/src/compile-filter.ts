import { assertNever, comparisonMode, findField, parseDateTime, type ComparisonNode, type FilterNode, type LogicalNode, type Schema } from '@pcaq/core';
import { BoundedCache } from './bounded-cache.js';
import { foldCase } from './case-folding.js';
import { fieldTest } from './field-access.js';
import { allOf, anyOf } from './predicate-combinators.js';
import { createTextEquals, textOf } from './text-equality.js';
import type { Row, RowValue } from './types.js';

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
 * `caseSensitive` (or the field is marked case-sensitive); fields the schema marks as GUIDs always
 * compare case-insensitively. `contains`, booleans and dates follow docs/evaluation.md, "Semantics",
 * by the mode `comparisonMode` gives each comparison.
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
  const definition = findField(schema, name);
  const ignoreCase = (!caseSensitive && definition?.caseSensitive !== true) || definition?.kind === 'guid';
  const mode = comparisonMode(node, definition);
  let holds: (value: RowValue | undefined) => boolean;
  switch (mode.kind) {
    case 'text':
      holds = createTextEquals(node.value.value as string, ignoreCase);
      break;
    case 'contains':
      holds = createContains(node.value.value as string, ignoreCase);
      break;
    case 'boolean': {
      const wanted = node.value.value === true;
      holds = (value) => booleanOf(value) === wanted;
      break;
    }
    case 'instant':
      return fieldTest(name, instantTest(node.operator, mode.instant));
    case 'never':
      holds = () => false;
      break;
    default:
      return assertNever(mode);
  }
  // A missing value satisfies nothing, so `ne` is simply "not equal": true for missing
  // (docs/evaluation.md, "Semantics").
  return fieldTest(name, node.operator === 'ne' ? (value) => !holds(value) : holds);
}

/**
 * A row value as a boolean (docs/evaluation.md, "Booleans"): a JSON boolean, or the text `true`
 * or `false` in any case; anything else (missing included) is no boolean.
 */
function booleanOf(value: RowValue | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string' || value.length < 4 || value.length > 5) return undefined;
  const lower = value.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

/** `contains`: a substring test, folding both sides when case is ignored; missing values contain nothing. */
function createContains(literal: string, ignoreCase: boolean): (value: RowValue | undefined) => boolean {
  const target = ignoreCase ? foldCase(literal) : literal;
  const answers = new BoundedCache<string, boolean>();
  return (value) => {
    if (value == null) return false;
    const text = textOf(value);
    const cached = answers.get(text);
    if (cached !== undefined) return cached;
    return answers.remember(text, (ignoreCase ? foldCase(text) : text).includes(target));
  };
}

/**
 * Dates compare as instants (docs/evaluation.md, "Dates"): a row value that is no ISO 8601 date
 * (or missing) is treated as missing: every operator false but `ne`, which is true.
 */
function instantTest(operator: ComparisonNode['operator'], instant: number): (value: RowValue | undefined) => boolean {
  const instants = new BoundedCache<string, number>();
  const read = (value: RowValue | undefined): number | undefined => {
    if (typeof value !== 'string') return undefined;
    const cached = instants.get(value);
    if (cached !== undefined) return Number.isNaN(cached) ? undefined : cached;
    const parsed = parseDateTime(value);
    instants.remember(value, parsed ?? NaN);
    return parsed;
  };
  switch (operator) {
    case 'eq':
      return (value) => read(value) === instant;
    case 'ne':
      return (value) => read(value) !== instant;
    case 'gt':
      return (value) => (read(value) ?? -Infinity) > instant;
    case 'ge':
      return (value) => (read(value) ?? -Infinity) >= instant;
    case 'lt':
      return (value) => (read(value) ?? Infinity) < instant;
    case 'le':
      return (value) => (read(value) ?? Infinity) <= instant;
    case 'contains':
      return () => false;
    default:
      return assertNever(operator);
  }
}

function compileLogical(node: LogicalNode, schema: Schema, caseSensitive: boolean): RowPredicate {
  const parts = node.operands.map((operand) => compileFilter(operand, schema, caseSensitive));
  return node.operator === 'and' ? allOf(parts) : anyOf(parts);
}
