import {
  InvalidArgumentError,
  assertNever,
  booleanLiteral,
  comparison,
  dateTimeLiteral,
  field,
  filterTreeProblem,
  isFieldName,
  quoteLiteral,
  span,
  stringLiteral,
  type ComparisonNode,
  type FieldNode,
  type FilterNode,
  type LiteralNode,
  type LogicalNode,
} from '@pcaq/core';

type Piece = string | { readonly node: FilterNode; readonly parenthesize: boolean };

/**
 * Prints a filter in canonical form: single spaces, lowercase keywords, quotes doubled inside
 * strings, booleans bare, dates as `cast('...', Edm.DateTimeOffset)`, `contains(field,'text')`
 * without spaces, and parentheses only where precedence needs them (an `or` inside an `and`). Printing
 * and parsing give back the same flat tree, and printing is idempotent through the parser.
 * Works with an explicit stack, so trees nested deeper than the call stack still print.
 *
 * @throws InvalidArgumentError when `ast` is not a well-formed tree (a node of an unknown kind,
 * a value that is not a string, a cycle) or holds a field name that is not a name of the grammar:
 * printed, `channel eq 'a' or channel` would be sent as two comparisons (docs/language.md,
 * "Trees built in code"). `filterTreeProblem(ast, { fieldNames: true })` tells beforehand.
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
  const problem = filterTreeProblem(ast, { fieldNames: true });
  if (problem) throw new InvalidArgumentError('printFilter', `ast${problem.path === 'the tree' ? '' : `.${problem.path}`}`, problem.reason);
  return printTree(ast, undefined);
}

/**
 * What {@link printFilterLocated} returns: the printed text and every comparison rebuilt with
 * spans into it.
 *
 * @example
 * ```ts
 * declare const tree: FilterNode;
 * const { text, comparisons }: LocatedFilter = printFilterLocated(tree);
 * ```
 */
export interface LocatedFilter {
  readonly text: string;
  /** The comparisons in print order, each with its field's and value's spans in `text`. */
  readonly comparisons: readonly ComparisonNode[];
}

/**
 * Prints a well-formed tree as {@link printFilter} does, without refusing field names that are
 * not names, and returns its comparisons with their places in the printed text. The linter checks
 * trees from code with it, so their diagnostics point into the text that would be sent.
 *
 * @throws InvalidArgumentError when `ast` is not a well-formed tree (see {@link printFilter}).
 * @example
 * ```ts
 * printFilterLocated(comparison(field('a b'), 'eq', stringLiteral('x'))).comparisons[0]?.field.span; // { start: 0, end: 3 }
 * ```
 */
export function printFilterLocated(ast: FilterNode): LocatedFilter {
  const problem = filterTreeProblem(ast);
  if (problem) throw new InvalidArgumentError('printFilterLocated', `ast${problem.path === 'the tree' ? '' : `.${problem.path}`}`, problem.reason);
  const comparisons: ComparisonNode[] = [];
  const text = printTree(ast, comparisons);
  return { text, comparisons };
}

/** The printing itself, on a tree already checked; `located` collects comparisons with spans. */
function printTree(ast: FilterNode, located: ComparisonNode[] | undefined): string {
  const out: string[] = [];
  let length = 0;
  const write = (piece: string): void => {
    out.push(piece);
    length += piece.length;
  };
  const stack: Piece[] = [{ node: ast, parenthesize: false }];
  while (stack.length > 0) {
    const piece = stack.pop()!;
    if (typeof piece === 'string') {
      write(piece);
      continue;
    }
    const { node, parenthesize } = piece;
    switch (node.type) {
      case 'Comparison':
        writeComparison(node);
        break;
      case 'Logical':
        pushOperands(node, parenthesize);
        break;
      default:
        return assertNever(node);
    }
  }
  return out.join('');

  function writeComparison(node: ComparisonNode): void {
    const name = node.field.name;
    const literal = printLiteral(node.value);
    const isCall = node.operator === 'contains';
    if (located) {
      // `contains(name,'v')` or `name op literal`: where the name and the literal start.
      const fieldStart = isCall ? length + 'contains('.length : length;
      const fieldAt = span(fieldStart, fieldStart + name.length);
      const valueStart = isCall ? fieldAt.end + 1 : fieldAt.end + node.operator.length + 2;
      const valueAt = span(valueStart, valueStart + literal.length);
      const end = isCall ? valueAt.end + 1 : valueAt.end;
      located.push(comparison(field(name, fieldAt), node.operator, relocated(node.value, valueAt), span(length, end)));
    }
    write(isCall ? `contains(${name},${literal})` : `${name} ${node.operator} ${literal}`);
  }

  function pushOperands(node: LogicalNode, parenthesize: boolean): void {
    const operands = node.operands;
    if (parenthesize) stack.push(')');
    for (let i = operands.length - 1; i >= 0; i--) {
      const operand = operands[i]!;
      // `and` binds tighter: only an `or` below an `and` needs parentheses.
      stack.push({ node: operand, parenthesize: node.operator === 'and' && operand.type === 'Logical' && operand.operator === 'or' });
      if (i > 0) stack.push(` ${node.operator} `);
    }
    if (parenthesize) stack.push('(');
  }
}

/** The same literal with its span in the printed text (a date printed in the cast form is one). */
function relocated(node: LiteralNode, at: ReturnType<typeof span>): LiteralNode {
  switch (node.type) {
    case 'StringLiteral':
      return stringLiteral(node.value, at);
    case 'BooleanLiteral':
      return booleanLiteral(node.value, at);
    case 'DateTimeLiteral':
      return dateTimeLiteral(node.value, 'cast', at);
    default:
      return assertNever(node);
  }
}

/**
 * A literal in canonical form (docs/language.md, "Printing"): a string in single quotes with a
 * quote inside doubled, a boolean bare, a date always as `cast('...', Edm.DateTimeOffset)`, however
 * it was written.
 *
 * @throws InvalidArgumentError when `node` is not a literal node.
 * @example
 * ```ts
 * printLiteral(dateTimeLiteral('2018-01-01', 'bare')); // "cast('2018-01-01', Edm.DateTimeOffset)"
 * printLiteral(booleanLiteral(false));                 // 'false'
 * ```
 */
export function printLiteral(node: LiteralNode): string {
  switch (node?.type) {
    case 'StringLiteral':
      return printStringLiteral(node.value);
    case 'BooleanLiteral':
      return node.value ? 'true' : 'false';
    case 'DateTimeLiteral':
      return `cast(${printStringLiteral(node.value)}, Edm.DateTimeOffset)`;
    default:
      throw new InvalidArgumentError('printLiteral', 'node', 'is not a literal node');
  }
}

/**
 * A string value as the filter language writes it: in single quotes, a quote inside doubled.
 *
 * @throws InvalidArgumentError when `value` is not a string.
 * @example
 * ```ts
 * printStringLiteral("O'Brien"); // "'O''Brien'"
 * ```
 */
export function printStringLiteral(value: string): string {
  if (typeof value !== 'string') throw new InvalidArgumentError('printStringLiteral', 'value', 'is not a string');
  return quoteLiteral(value);
}

/**
 * Prints a group-by list: the names joined by commas, no spaces.
 *
 * @throws InvalidArgumentError when `fields` is not an array, or an item is not a field name
 * (a string or a field node whose name is a name of the grammar): `'channel,customerTenantId'`
 * as one item would be sent as two fields.
 * @example
 * ```ts
 * printGroupBy(['customerTenantId', field('workloadCode')]); // 'customerTenantId,workloadCode'
 * ```
 */
export function printGroupBy(fields: readonly (string | FieldNode)[]): string {
  if (!Array.isArray(fields)) throw new InvalidArgumentError('printGroupBy', 'fields', 'is not an array');
  return fields
    .map((f: unknown, i) => {
      const name = typeof f === 'object' && f !== null ? (f as { name?: unknown }).name : f;
      if (!isFieldName(name)) throw new InvalidArgumentError('printGroupBy', `fields[${i}]`, 'is not a field name (a letter, then letters, digits or _)');
      return name;
    })
    .join(',');
}
