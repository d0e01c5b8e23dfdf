import { assertNever, findField, type ComparisonNode, type FilterNode, type Schema } from '@pcaq/core';
import { q } from './columns.js';
import { foldCaseSql } from './fold-case.js';
import type { SqlParameters } from './parameters.js';

/**
 * Compiles a checked filter AST into an SQL condition with the semantics of docs/evaluation.md, "Semantics". Every
 * literal is a bound parameter. Text compares ignoring case (pcaq's folding, {@link foldCaseSql}, on both sides) unless
 * `caseSensitive`; GUID fields always ignore case. A NULL (missing) value makes `eq` false and
 * `ne` true: `=` yields NULL there, which `WHERE` treats as false, and since the language has no
 * negation a NULL can never turn into true higher up; `ne` uses `IS DISTINCT FROM`, which is
 * true for NULL.
 *
 * @example
 * ```ts
 * const params = new SqlParameters();
 * filterSql(comparison(field('channel'), 'ne', stringLiteral('Reseller')), LICENSE_USAGE_SCHEMA, false, params);
 * // `replace(lower("channel"), 'ς', 'σ') IS DISTINCT FROM replace(lower($1), 'ς', 'σ')`
 * ```
 */
export function filterSql(node: FilterNode, schema: Schema, caseSensitive: boolean, params: SqlParameters): string {
  switch (node.type) {
    case 'Comparison':
      return comparisonSql(node, schema, caseSensitive, params);
    case 'Logical': {
      const joiner = node.operator === 'and' ? ' AND ' : ' OR ';
      return `(${node.operands.map((operand) => filterSql(operand, schema, caseSensitive, params)).join(joiner)})`;
    }
    default:
      return assertNever(node);
  }
}

function comparisonSql(node: ComparisonNode, schema: Schema, caseSensitive: boolean, params: SqlParameters): string {
  const ignoreCase = !caseSensitive || findField(schema, node.field.name)?.kind === 'guid';
  const column = q(node.field.name);
  const value = params.add(node.value.value);
  const left = ignoreCase ? foldCaseSql(column) : column;
  const right = ignoreCase ? foldCaseSql(value) : value;
  return node.operator === 'eq' ? `${left} = ${right}` : `${left} IS DISTINCT FROM ${right}`;
}
