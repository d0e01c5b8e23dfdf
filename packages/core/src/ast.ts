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
 * A boolean literal, written `true` or `false` without quotes.
 *
 * @example
 * ```ts
 * const b: BooleanLiteralNode = { type: 'BooleanLiteral', value: true, span: { start: 20, end: 24 } };
 * ```
 */
export interface BooleanLiteralNode {
  readonly type: 'BooleanLiteral';
  readonly value: boolean;
  readonly span: Span;
}

/**
 * How a date-time literal was written: `cast` is the canonical `cast('2018-01-01', Edm.DateTimeOffset)`,
 * `bare` an unquoted ISO date such as `2018-01-01` (accepted with a warning, docs/language.md, "Dates").
 *
 * @example
 * ```ts
 * const form: DateTimeForm = 'cast';
 * ```
 */
export type DateTimeForm = 'cast' | 'bare';

/**
 * A date-time literal. `value` is the ISO 8601 text as written inside the cast (or bare), not yet
 * read as an instant: the checker tells whether it is a date (docs/language.md, "Dates").
 *
 * @example
 * ```ts
 * const d: DateTimeLiteralNode = { type: 'DateTimeLiteral', value: '2018-01-01', form: 'cast', span: { start: 14, end: 52 } };
 * ```
 */
export interface DateTimeLiteralNode {
  readonly type: 'DateTimeLiteral';
  readonly value: string;
  readonly form: DateTimeForm;
  readonly span: Span;
}

/**
 * Any literal a comparison may hold.
 *
 * @example
 * ```ts
 * const kinds: LiteralNode['type'][] = ['StringLiteral', 'BooleanLiteral', 'DateTimeLiteral'];
 * ```
 */
export type LiteralNode = StringLiteralNode | BooleanLiteralNode | DateTimeLiteralNode;

/**
 * The comparison operators of the language: the six comparisons, and `contains`, written as the
 * function `contains(field,'text')` (docs/language.md, "Operators and literals").
 *
 * @example
 * ```ts
 * const op: ComparisonOperator = 'ne';
 * ```
 */
export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'contains';

/**
 * Every comparison operator, in the order messages list them.
 *
 * @example
 * ```ts
 * COMPARISON_OPERATORS.includes('gt'); // true
 * ```
 */
export const COMPARISON_OPERATORS: readonly ComparisonOperator[] = Object.freeze(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'contains']);

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
 * `field op literal`, e.g. `workloadCode eq 'SFB'`, or `contains(field,'text')` (operator
 * `contains`, whose value is always a string literal). The span covers the whole comparison.
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
  readonly value: LiteralNode;
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
 * const kinds: AstNode['type'][] = ['Field', 'StringLiteral', 'BooleanLiteral', 'DateTimeLiteral', 'Comparison', 'Logical'];
 * ```
 */
export type AstNode = FilterNode | FieldNode | LiteralNode;

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
