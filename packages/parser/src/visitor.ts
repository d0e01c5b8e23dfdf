import type { CstNode, IToken } from './chevrotain.js';
import {
  booleanLiteral,
  comparison,
  dateTimeLiteral,
  field,
  logical,
  span,
  stringLiteral,
  type ComparisonOperator,
  type FieldNode,
  type FilterNode,
  type LiteralNode,
  type LogicalOperator,
} from '@pcaq/core';
import type {
  AndExpressionCstChildren,
  AndExpressionCstNode,
  ComparisonCstChildren,
  ComparisonCstNode,
  ContainsCallCstChildren,
  ContainsCallCstNode,
  DateTimeCastCstChildren,
  DateTimeCastCstNode,
  FilterCstChildren,
  GroupByCstChildren,
  LiteralCstChildren,
  LiteralCstNode,
  OperatorComparisonCstChildren,
  OperatorComparisonCstNode,
  OrExpressionCstChildren,
  OrExpressionCstNode,
  PcaqCstVisitor,
  PrimaryCstChildren,
  PrimaryCstNode,
} from './generated/cst.js';
import { sharedGrammar } from './grammar.js';
import { tokenEnd } from './token-stream.js';
import * as T from './tokens.js';

type Visited = FilterNode | readonly FieldNode[] | LiteralNode;

/**
 * Turns an error-free CST into AST nodes, only through the `@pcaq/core` factories. Parentheses
 * are not nodes: a node's span covers its own text, while its operator's span reaches over the
 * parentheses around its operands.
 *
 * The rule methods call each other directly on the children they know (rather than through the
 * generic `visit`), and the stretch of text of the node just built, its parentheses included, is
 * kept in two fields rather than returned in a wrapper object: this runs once per node of every
 * filter parsed, and both showed up in profiles.
 */
function defineAstBuilder() {
  // Defined on first use: the base class comes from the grammar, which is built lazily.
  const BaseVisitor = sharedGrammar().getBaseCstVisitorConstructor<void, Visited>();
  return class AstBuilder extends BaseVisitor implements PcaqCstVisitor<void, Visited> {
    /** Where the text of the filter node last returned starts, its parentheses included. */
    private start = 0;
    /** Where the text of the filter node last returned ends, its parentheses included. */
    private end = 0;

    constructor() {
      super();
      this.validateVisitor();
    }

    filter(children: FilterCstChildren): FilterNode {
      return this.orExpression((children.orExpression[0] as OrExpressionCstNode).children);
    }

    orExpression(children: OrExpressionCstChildren): FilterNode {
      const operands = children.operands;
      const first = this.andExpression((operands[0] as AndExpressionCstNode).children);
      if (operands.length === 1) return first;
      const start = this.start;
      const nodes: FilterNode[] = [first];
      for (let i = 1; i < operands.length; i++) nodes.push(this.andExpression((operands[i] as AndExpressionCstNode).children));
      return this.joined('or', nodes, start);
    }

    andExpression(children: AndExpressionCstChildren): FilterNode {
      const operands = children.operands;
      const first = this.primary((operands[0] as PrimaryCstNode).children);
      if (operands.length === 1) return first;
      const start = this.start;
      const nodes: FilterNode[] = [first];
      for (let i = 1; i < operands.length; i++) nodes.push(this.primary((operands[i] as PrimaryCstNode).children));
      return this.joined('and', nodes, start);
    }

    primary(children: PrimaryCstChildren): FilterNode {
      if (children.comparison) return this.comparison((children.comparison[0] as ComparisonCstNode).children);
      // Parentheses are not nodes: the inner node keeps its own span; the parenthesised text
      // counts for the span of the operator around it.
      const node = this.orExpression((children.expression?.[0] as OrExpressionCstNode).children);
      this.start = (children.LParen?.[0] as IToken).startOffset;
      this.end = tokenEnd(children.RParen?.[0] as IToken);
      return node;
    }

    comparison(children: ComparisonCstChildren): FilterNode {
      const node = children.operatorComparison
        ? this.operatorComparison((children.operatorComparison[0] as OperatorComparisonCstNode).children)
        : this.containsCall((children.containsCall?.[0] as ContainsCallCstNode).children);
      this.start = node.span.start;
      this.end = node.span.end;
      return node;
    }

    operatorComparison(children: OperatorComparisonCstChildren): FilterNode {
      const value = this.literal((children.value[0] as LiteralCstNode).children);
      return comparisonNode(children.field[0] as IToken, children.operator[0] as IToken, value);
    }

    containsCall(children: ContainsCallCstChildren): FilterNode {
      return containsNode(children.Contains[0] as IToken, children.field[0] as IToken, children.value[0] as IToken, children.RParen[0] as IToken);
    }

    literal(children: LiteralCstChildren): LiteralNode {
      if (children.cast) return this.dateTimeCast((children.cast[0] as DateTimeCastCstNode).children);
      return tokenLiteral((children.string ?? children.boolean ?? children.bareDate)?.[0] as IToken);
    }

    dateTimeCast(children: DateTimeCastCstChildren): LiteralNode {
      return castLiteral(children.Cast[0] as IToken, children.value[0] as IToken, children.RParen[0] as IToken);
    }

    groupBy(children: GroupByCstChildren): readonly FieldNode[] {
      return children.fields.map((name) => field(name.image, span(name.startOffset, tokenEnd(name))));
    }

    /** The operands' node, from `start` to the end of the last operand (left in `this.end`). */
    private joined(operator: LogicalOperator, nodes: readonly FilterNode[], start: number): FilterNode {
      this.start = start;
      return logical(operator, nodes, span(start, this.end));
    }
  };
}

/**
 * The comparison node of a `field op literal`, with its spans: the one builder the recovering
 * parser's visitor and the fast path for clean filters share.
 *
 * @example
 * ```ts
 * comparisonNode(nameToken, eqToken, tokenLiteral(valueToken)); // channel eq 'x' as a ComparisonNode
 * ```
 */
export function comparisonNode(name: IToken, operator: IToken, value: LiteralNode): FilterNode {
  const start = name.startOffset;
  return comparison(field(name.image, span(start, tokenEnd(name))), operator.image as ComparisonOperator, value, span(start, value.span.end));
}

/**
 * The comparison node of `contains(field,'text')`: operator `contains`, its span the whole call
 * (docs/language.md, "Operators and literals").
 *
 * @example
 * ```ts
 * containsNode(containsToken, nameToken, valueToken, closeToken).operator; // 'contains'
 * ```
 */
export function containsNode(contains: IToken, name: IToken, value: IToken, close: IToken): FilterNode {
  const literal = stringLiteral(decodeStringLiteral(value.image), span(value.startOffset, tokenEnd(value)));
  return comparison(field(name.image, span(name.startOffset, tokenEnd(name))), 'contains', literal, span(contains.startOffset, tokenEnd(close)));
}

/**
 * The literal node of a one-token literal: a string, `true`/`false`, or a bare ISO date.
 *
 * @example
 * ```ts
 * tokenLiteral(lex('true')[0]!).type; // 'BooleanLiteral'
 * ```
 */
export function tokenLiteral(token: IToken): LiteralNode {
  const at = span(token.startOffset, tokenEnd(token));
  const type = token.tokenType;
  if (type === T.StringLiteral) return stringLiteral(decodeStringLiteral(token.image), at);
  if (type === T.True || type === T.False) return booleanLiteral(type === T.True, at);
  return dateTimeLiteral(token.image, 'bare', at);
}

/**
 * The literal node of `cast('2018-01-01', Edm.DateTimeOffset)`, its span the whole cast.
 *
 * @example
 * ```ts
 * castLiteral(castToken, valueToken, closeToken).form; // 'cast'
 * ```
 */
export function castLiteral(cast: IToken, value: IToken, close: IToken): LiteralNode {
  return dateTimeLiteral(decodeStringLiteral(value.image), 'cast', span(cast.startOffset, tokenEnd(close)));
}

/**
 * The value of a string literal token: `'O''Brien'` -> `O'Brien`.
 *
 * @example
 * ```ts
 * decodeStringLiteral("'O''Brien'"); // "O'Brien"
 * ```
 */
export function decodeStringLiteral(image: string): string {
  const body = image.slice(1, -1);
  return body.includes("''") ? body.replaceAll("''", "'") : body;
}

let builder: InstanceType<ReturnType<typeof defineAstBuilder>> | undefined;

function astBuilder(): InstanceType<ReturnType<typeof defineAstBuilder>> {
  if (!builder) {
    const AstBuilder = defineAstBuilder();
    builder = new AstBuilder();
  }
  return builder;
}

/**
 * The filter AST of an error-free `filter` CST.
 *
 * @example
 * ```ts
 * filterAst(runRule('filter', lex("a eq 'x'")).cst).type; // 'Comparison'
 * ```
 */
export function filterAst(cst: CstNode): FilterNode {
  return astBuilder().visit(cst) as FilterNode;
}

/**
 * The field nodes of an error-free `groupBy` CST.
 *
 * @example
 * ```ts
 * groupByFields(runRule('groupBy', lex('a,b')).cst).map((f) => f.name); // ['a', 'b']
 * ```
 */
export function groupByFields(cst: CstNode): FieldNode[] {
  return [...(astBuilder().visit(cst) as readonly FieldNode[])];
}
