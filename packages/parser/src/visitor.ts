import type { CstNode, IToken } from './chevrotain.js';
import { comparison, field, logical, span, stringLiteral, type ComparisonOperator, type FieldNode, type FilterNode, type LogicalOperator } from '@pcaq/core';
import type {
  AndExpressionCstChildren,
  AndExpressionCstNode,
  ComparisonCstChildren,
  ComparisonCstNode,
  FilterCstChildren,
  GroupByCstChildren,
  OrExpressionCstChildren,
  OrExpressionCstNode,
  PcaqCstVisitor,
  PrimaryCstChildren,
  PrimaryCstNode,
} from './generated/cst.js';
import { sharedGrammar } from './grammar.js';
import { tokenEnd } from './token-stream.js';

type Visited = FilterNode | readonly FieldNode[];

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
      const node = comparisonNode(children.field[0] as IToken, children.operator[0] as IToken, children.value[0] as IToken);
      this.start = node.span.start;
      this.end = node.span.end;
      return node;
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
 * The comparison node of a `field op 'value'` token triple, with its spans: the one builder the
 * recovering parser's visitor and the fast path for clean filters share.
 *
 * @example
 * ```ts
 * comparisonNode(nameToken, eqToken, valueToken); // channel eq 'x' as a ComparisonNode
 * ```
 */
export function comparisonNode(name: IToken, operator: IToken, value: IToken): FilterNode {
  const start = name.startOffset;
  const end = tokenEnd(value);
  return comparison(
    field(name.image, span(start, tokenEnd(name))),
    operator.image as ComparisonOperator,
    stringLiteral(decodeStringLiteral(value.image), span(value.startOffset, end)),
    span(start, end),
  );
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
