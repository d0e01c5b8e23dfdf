import type {
  BooleanLiteralNode,
  ComparisonNode,
  ComparisonOperator,
  DateTimeForm,
  DateTimeLiteralNode,
  FieldNode,
  FilterNode,
  LogicalNode,
  LiteralNode,
  LogicalOperator,
  StringLiteralNode,
} from './ast.js';
import { InvalidArgumentError } from './invalid-argument.js';
import { span, type Span } from './span.js';

/**
 * The span given to nodes that were built in code rather than parsed from text.
 *
 * @example
 * ```ts
 * field('channel').span === NO_SPAN; // true
 * ```
 */
export const NO_SPAN: Span = span(0, 0);

/**
 * Creates a frozen field node. The parser and the builder both create fields through this
 * function, so every stage sees one shape.
 *
 * @example
 * ```ts
 * field('workloadCode'); // { type: 'Field', name: 'workloadCode', span: NO_SPAN }
 * ```
 */
export function field(name: string, at: Span = NO_SPAN): FieldNode {
  return Object.freeze({ type: 'Field', name, span: at });
}

/**
 * Creates a frozen string literal node from its decoded value (quotes not doubled).
 *
 * @example
 * ```ts
 * stringLiteral("O'Brien").value; // "O'Brien"
 * ```
 */
export function stringLiteral(value: string, at: Span = NO_SPAN): StringLiteralNode {
  return Object.freeze({ type: 'StringLiteral', value, span: at });
}

/**
 * Creates a frozen boolean literal node (`true` or `false`, written without quotes).
 *
 * @example
 * ```ts
 * booleanLiteral(true).value; // true
 * ```
 */
export function booleanLiteral(value: boolean, at: Span = NO_SPAN): BooleanLiteralNode {
  return Object.freeze({ type: 'BooleanLiteral', value, span: at });
}

/**
 * Creates a frozen date-time literal node from the ISO 8601 text it holds; `form` records how it
 * was written (the printer always writes the canonical `cast(...)` form, docs/language.md, "Dates").
 *
 * @example
 * ```ts
 * dateTimeLiteral('2018-01-01').form; // 'cast'
 * ```
 */
export function dateTimeLiteral(value: string, form: DateTimeForm = 'cast', at: Span = NO_SPAN): DateTimeLiteralNode {
  return Object.freeze({ type: 'DateTimeLiteral', value, form, span: at });
}

/**
 * Whether a literal node is a string literal.
 *
 * @example
 * ```ts
 * isStringLiteral(stringLiteral('x')); // true
 * ```
 */
export function isStringLiteral(node: LiteralNode): node is StringLiteralNode {
  return typeof node === 'object' && node !== null && node.type === 'StringLiteral';
}

/**
 * Whether a literal node is a boolean literal.
 *
 * @example
 * ```ts
 * isBooleanLiteral(booleanLiteral(false)); // true
 * ```
 */
export function isBooleanLiteral(node: LiteralNode): node is BooleanLiteralNode {
  return typeof node === 'object' && node !== null && node.type === 'BooleanLiteral';
}

/**
 * Whether a literal node is a date-time literal.
 *
 * @example
 * ```ts
 * isDateTimeLiteral(dateTimeLiteral('2018-01-01')); // true
 * ```
 */
export function isDateTimeLiteral(node: LiteralNode): node is DateTimeLiteralNode {
  return typeof node === 'object' && node !== null && node.type === 'DateTimeLiteral';
}

/**
 * Creates a frozen comparison node. Without a span it covers its field to its value. `contains`
 * takes a string literal (docs/language.md, "Operators and literals"); `filterTreeProblem` says so.
 *
 * @throws InvalidArgumentError when `fieldNode` or `value` is not an object (input only code can give).
 * @example
 * ```ts
 * comparison(field('channel'), 'eq', stringLiteral('Reseller'));
 * comparison(field('creationDate'), 'gt', dateTimeLiteral('2018-01-01'));
 * comparison(field('productName'), 'contains', stringLiteral('365'));
 * ```
 */
export function comparison(
  fieldNode: FieldNode,
  operator: ComparisonOperator,
  value: LiteralNode,
  at?: Span,
): ComparisonNode {
  if (typeof fieldNode !== 'object' || fieldNode === null) throw new InvalidArgumentError('comparison', 'fieldNode', 'is not a field node');
  if (typeof value !== 'object' || value === null) throw new InvalidArgumentError('comparison', 'value', 'is not a literal node');
  at ??= coverOf([fieldNode, value]);
  return Object.freeze({ type: 'Comparison', field: fieldNode, operator, value, span: at });
}

/**
 * Joins operands with one logical operator, keeping the tree flat: an operand that is itself a
 * `Logical` node of the same operator gives its operands instead, and a single operand is
 * returned as it is. Without a span the result covers its operands.
 *
 * @throws RangeError when `operands` is empty (a programming error, never user input).
 * @throws InvalidArgumentError when `operator` is not `and`/`or`, or `operands` is not an array or
 * holds something that is not an object.
 * @example
 * ```ts
 * const a = comparison(field('channel'), 'eq', stringLiteral('Reseller'));
 * const b = comparison(field('workloadCode'), 'eq', stringLiteral('SFB'));
 * const flat = logical('or', [a, logical('or', [b, a])]);
 * flat.type === 'Logical' && flat.operands.length; // 3
 * logical('and', [a]) === a; // true
 * ```
 */
export function logical(
  operator: LogicalOperator,
  operands: readonly FilterNode[],
  at?: Span,
): FilterNode {
  // A plain loop, not a spread or destructuring: the parser calls this for every 'and'/'or'.
  if (operator !== 'and' && operator !== 'or') throw new InvalidArgumentError('logical', 'operator', "is not 'and' or 'or'");
  if (!Array.isArray(operands)) throw new InvalidArgumentError(operator, 'operands', 'is not an array');
  const flat: FilterNode[] = [];
  for (let i = 0; i < operands.length; i++) {
    const operand = operands[i] as FilterNode;
    if (typeof operand !== 'object' || operand === null) throw new InvalidArgumentError(operator, `operands[${i}]`, 'is not a filter node');
    if (operand.type === 'Logical' && operand.operator === operator) {
      for (let j = 0; j < operand.operands.length; j++) flat.push(operand.operands[j] as FilterNode);
    } else {
      flat.push(operand);
    }
  }
  const first = flat[0];
  if (first === undefined) throw new RangeError(`'${operator}' needs at least one operand`);
  if (flat.length === 1) return first;
  return Object.freeze({ type: 'Logical', operator, operands: Object.freeze(flat), span: at ?? coverOf(flat) } satisfies LogicalNode);
}

/**
 * `logical('and', operands)`.
 *
 * @example
 * ```ts
 * and([comparison(field('channel'), 'eq', stringLiteral('Reseller')), comparison(field('workloadCode'), 'ne', stringLiteral('SFB'))]);
 * ```
 */
export function and(operands: readonly FilterNode[], at?: Span): FilterNode {
  return logical('and', operands, at);
}

/**
 * `logical('or', operands)`.
 *
 * @example
 * ```ts
 * or([comparison(field('workloadCode'), 'eq', stringLiteral('SFB')), comparison(field('workloadCode'), 'eq', stringLiteral('EXO'))]);
 * ```
 */
export function or(operands: readonly FilterNode[], at?: Span): FilterNode {
  return logical('or', operands, at);
}

/** The smallest span that covers all of `nodes`' spans (built nodes keep NO_SPAN). */
function coverOf(nodes: readonly { readonly span: Span }[]): Span {
  let start = Infinity;
  let end = -Infinity;
  let built = true;
  for (let i = 0; i < nodes.length; i++) {
    const s = (nodes[i] as { readonly span?: Span }).span;
    // A node built by hand may have no span: it counts as built in code.
    if (s === undefined || s === null || typeof s !== 'object' || s === NO_SPAN) continue;
    built = false;
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return built ? NO_SPAN : span(start, end);
}
