import { assertNever, comparisonMode, findField, type ComparisonNode, type FilterNode, type Schema } from '@pcaq/core';
import { q } from './columns.js';
import { instantSql } from './date-sql.js';
import { foldCaseSql } from './fold-case.js';
import type { SqlParameters } from './parameters.js';

/**
 * Compiles a checked filter AST into an SQL condition with the semantics of docs/evaluation.md, "Semantics". Every
 * literal is a bound parameter. Text compares ignoring case (pcaq's folding, {@link foldCaseSql}, on both sides) unless
 * `caseSensitive`; GUID fields always ignore case. A NULL (missing) value makes `eq` false and
 * `ne` true: `=` yields NULL there, which `WHERE` treats as false, and since the language has no
 * negation a NULL can never turn into true higher up; `ne` is `(x IS NULL OR x <> v)`, true for NULL.
 *
 * @example
 * ```ts
 * const params = new SqlParameters();
 * filterSql(comparison(field('channel'), 'ne', stringLiteral('Reseller')), LICENSE_USAGE_SCHEMA, false, params);
 * // `(replace(lower("channel"), 'ς', 'σ') IS NULL OR replace(lower("channel"), 'ς', 'σ') <> replace(lower($1), 'ς', 'σ'))`
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
  const definition = findField(schema, node.field.name);
  const ignoreCase = (!caseSensitive && definition?.caseSensitive !== true) || definition?.kind === 'guid';
  const column = q(node.field.name);
  const mode = comparisonMode(node, definition);
  const fold = (expr: string): string => (ignoreCase ? foldCaseSql(expr) : expr);
  // Each test is NULL or false for a missing value; `ne` turns that into true, as
  // docs/evaluation.md, "Semantics" says, written `(x IS NULL OR x <> v)` (see notEqualSql).
  const ne = node.operator === 'ne';
  switch (mode.kind) {
    case 'text': {
      const left = fold(column);
      const right = fold(params.add(node.value.value as string));
      return ne ? notEqualSql(left, right) : `${left} = ${right}`;
    }
    case 'contains':
      return `strpos(${fold(`CAST(${column} AS TEXT)`)}, ${fold(params.add(node.value.value as string))}) > 0`;
    case 'boolean': {
      const wanted = params.add(node.value.value === true ? 'true' : 'false');
      const left = `lower(CAST(${column} AS TEXT))`;
      return ne ? notEqualSql(left, wanted) : `${left} = ${wanted}`;
    }
    case 'instant': {
      const left = instantSql(column);
      const right = params.add(mode.instant);
      return ne ? notEqualSql(left, right) : `${left} ${SQL_ORDER[node.operator]} ${right}`;
    }
    case 'never':
      return ne ? 'TRUE' : 'FALSE';
    default:
      return assertNever(mode);
  }
}

/**
 * `ne`: true for a missing value, else `<>`. Not `IS DISTINCT FROM`: DuckDB 1.5's optimizer
 * answers `x = v OR x IS DISTINCT FROM v` false for a NULL `x` (docs/engines.md, "Semantics"),
 * which a filter such as `channel eq '' or channel ne ''` writes; both engines read this form right.
 */
function notEqualSql(left: string, right: string): string {
  return `(${left} IS NULL OR ${left} <> ${right})`;
}

const SQL_ORDER: Readonly<Record<ComparisonNode['operator'], string>> = {
  eq: '=',
  ne: '<>',
  gt: '>',
  ge: '>=',
  lt: '<',
  le: '<=',
  contains: '=',
};
