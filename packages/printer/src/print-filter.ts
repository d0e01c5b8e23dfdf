import type { FieldNode, FilterNode } from '@pcaq/core';

type Piece = string | { readonly node: FilterNode; readonly parenthesize: boolean };

/**
 * Prints a filter in canonical form: single spaces, lowercase keywords, quotes doubled inside
 * strings, and parentheses only where precedence needs them (an `or` inside an `and`). Printing
 * and parsing give back the same flat tree, and printing is idempotent through the parser.
 * Works with an explicit stack, so trees nested deeper than the call stack still print.
 *
 * @example
 * ```ts
 * const ast = and([
 *   or([comparison(field('workloadCode'), 'eq', stringLiteral('SFB')), comparison(field('workloadCode'), 'eq', stringLiteral('EXO'))]),
 *   comparison(field('customerName'), 'ne', stringLiteral("O'Brien")),
 * ]);
 * printFilter(ast); // "(workloadCode eq 'SFB' or workloadCode eq 'EXO') and customerName ne 'O''Brien'"
 * ```
 */
export function printFilter(ast: FilterNode): string {
  let out = '';
  const stack: Piece[] = [{ node: ast, parenthesize: false }];
  while (stack.length > 0) {
    const piece = stack.pop()!;
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    const { node, parenthesize } = piece;
    if (node?.type === 'Comparison') {
      out += `${node.field.name} ${node.operator} ${printStringLiteral(node.value.value)}`;
      continue;
    }
    if (node?.type !== 'Logical') continue;
    const operands = node.operands;
    if (parenthesize) stack.push(')');
    for (let i = operands.length - 1; i >= 0; i--) {
      const operand = operands[i]!;
      // `and` binds tighter: only an `or` below an `and` needs parentheses.
      stack.push({ node: operand, parenthesize: node.operator === 'and' && operand?.type === 'Logical' && operand.operator === 'or' });
      if (i > 0) stack.push(` ${node.operator} `);
    }
    if (parenthesize) stack.push('(');
  }
  return out;
}

/**
 * A string value as the filter language writes it: in single quotes, a quote inside doubled.
 *
 * @example
 * ```ts
 * printStringLiteral("O'Brien"); // "'O''Brien'"
 * ```
 */
export function printStringLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Prints a group-by list: the names joined by commas, no spaces.
 *
 * @example
 * ```ts
 * printGroupBy(['customerTenantId', field('workloadCode')]); // 'customerTenantId,workloadCode'
 * ```
 */
export function printGroupBy(fields: readonly (string | FieldNode)[]): string {
  return fields.map((f) => (typeof f === 'string' ? f : f.name)).join(',');
}
