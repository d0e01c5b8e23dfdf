import { InvalidArgumentError } from './invalid-argument.js';
import type { Span } from './span.js';

/**
 * A field name as written, e.g. `workloadCode`.
 *
 * @example
 * ```ts
 * const f: FieldNode = { type: 'Field', name: 'channel', span: { start: 0, end: 7 } };
 * ```
 */
export interface FieldNode {
  readonly type: 'Field';
  readonly name: string;
  readonly span: Span;
}

/**
 * A string literal. `value` is the decoded text: `'O''Brien'` has the value `O'Brien`.
 *
 * @example
 * ```ts
 * const s: StringLiteralNode = { type: 'StringLiteral', value: "O'Brien", span: { start: 17, end: 27 } };
 * ```
 */
export interface StringLiteralNode {
  readonly type: 'StringLiteral';
  readonly value: string;
  readonly span: Span;
}

/**
 * The comparison operators of the language.
 *
 * @example
 * ```ts
 * const op: ComparisonOperator = 'ne';
 * ```
 */
export type ComparisonOperator = 'eq' | 'ne';

/**
 * The logical operators of the language; `and` binds tighter than `or`.
 *
 * @example
 * ```ts
 * const op: LogicalOperator = 'or';
 * ```
 */
export type LogicalOperator = 'and' | 'or';

/**
 * `field op 'value'`, e.g. `workloadCode eq 'SFB'`.
 *
 * @example
 * ```ts
 * comparison(field('workloadCode'), 'eq', stringLiteral('SFB'));
 * ```
 */
export interface ComparisonNode {
  readonly type: 'Comparison';
  readonly field: FieldNode;
  readonly operator: ComparisonOperator;
  readonly value: StringLiteralNode;
  readonly span: Span;
}

/**
 * Two or more operands joined by one logical operator. The tree is n-ary and flat: an operand is
 * never a `Logical` node of the same operator, so `a or (b or c)` and `(a or b) or c` are one node
 * with three operands. Parentheses are not nodes; the printer adds them where precedence needs them.
 *
 * @example
 * ```ts
 * or([comparison(field('a'), 'eq', stringLiteral('1')), comparison(field('b'), 'eq', stringLiteral('2'))]);
 * ```
 */
export interface LogicalNode {
  readonly type: 'Logical';
  readonly operator: LogicalOperator;
  readonly operands: readonly FilterNode[];
  readonly span: Span;
}

/**
 * Any filter expression.
 *
 * @example
 * ```ts
 * function count(node: FilterNode): number {
 *   return node.type === 'Comparison' ? 1 : node.operands.reduce((n, o) => n + count(o), 0);
 * }
 * ```
 */
export type FilterNode = ComparisonNode | LogicalNode;

/**
 * Every AST node kind.
 *
 * @example
 * ```ts
 * const kinds: AstNode['type'][] = ['Field', 'StringLiteral', 'Comparison', 'Logical'];
 * ```
 */
export type AstNode = FilterNode | FieldNode | StringLiteralNode;

/**
 * Reports a case a `switch` over a closed union forgot: it does not compile when a case is missing.
 * At run time it is reached only by a value from code outside the union.
 *
 * @throws InvalidArgumentError always, naming the value.
 * @example
 * ```ts
 * function describe(n: FilterNode): string {
 *   switch (n.type) {
 *     case 'Comparison': return 'comparison';
 *     case 'Logical': return n.operator;
 *     default: return assertNever(n);
 *   }
 * }
 * ```
 */
export function assertNever(value: never): never {
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    shown = 'a value that cannot be shown';
  }
  throw new InvalidArgumentError('assertNever', 'value', `is not a case of the union: ${shown}`);
}
