import type { CstNode, IToken } from 'chevrotain';
import { comparison, field, logical, span, stringLiteral, type ComparisonOperator, type FieldNode, type FilterNode, type LogicalOperator } from '@pcaq/core';
import type {
  AndExpressionCstChildren,
  ComparisonCstChildren,
  FilterCstChildren,
  GroupByCstChildren,
  OrExpressionCstChildren,
  PcaqCstVisitor,
  PrimaryCstChildren,
} from './generated/cst.js';
import { sharedGrammar } from './grammar.js';
import { tokenEnd } from './token-stream.js';

/** A filter node and the stretch of text it was written in, its parentheses included. */
interface Located {
  readonly node: FilterNode;
  readonly start: number;
  readonly end: number;
}

type Visited = Located | readonly FieldNode[];

/**
 * Turns an error-free CST into AST nodes, only through the `@pcaq/core` factories. Parentheses
 * are not nodes: a node's span covers its own text, while its operator's span reaches over the
 * parentheses around its operands.
 */
function defineAstBuilder() {
  // Defined on first use: the base class comes from the grammar, which is built lazily.
  const BaseVisitor = sharedGrammar().getBaseCstVisitorConstructor<void, Visited>();
  return class AstBuilder extends BaseVisitor implements PcaqCstVisitor<void, Visited> {
    constructor() {
      super();
      this.validateVisitor();
    }

    filter(children: FilterCstChildren): Located {
      return this.visit(children.orExpression) as Located;
    }

    orExpression(children: OrExpressionCstChildren): Located {
      return this.joined('or', children.operands);
    }

    andExpression(children: AndExpressionCstChildren): Located {
      return this.joined('and', children.operands);
    }

    primary(children: PrimaryCstChildren): Located {
      if (children.comparison) return this.visit(children.comparison) as Located;
      // Parentheses are not nodes: the inner node keeps its own span; the parenthesised text
      // counts for the span of the operator around it.
      const inner = this.visit(children.expression as CstNode[]) as Located;
      const open = children.LParen?.[0] as IToken;
      const close = children.RParen?.[0] as IToken;
      return { node: inner.node, start: open.startOffset, end: tokenEnd(close) };
    }

    comparison(children: ComparisonCstChildren): Located {
      const name = children.field[0] as IToken;
      const operator = children.operator[0] as IToken;
      const value = children.value[0] as IToken;
      const start = name.startOffset;
      const end = tokenEnd(value);
      const node = comparison(
        field(name.image, span(start, tokenEnd(name))),
        operator.image as ComparisonOperator,
        stringLiteral(decodeStringLiteral(value.image), span(value.startOffset, end)),
        span(start, end),
      );
      return { node, start, end };
    }

    groupBy(children: GroupByCstChildren): readonly FieldNode[] {
      return children.fields.map((name) => field(name.image, span(name.startOffset, tokenEnd(name))));
    }

    private joined(operator: LogicalOperator, operands: readonly CstNode[]): Located {
      const first = this.visit(operands[0] as CstNode) as Located;
      if (operands.length === 1) return first;
      const nodes: FilterNode[] = [first.node];
      let end = first.end;
      for (let i = 1; i < operands.length; i++) {
        const part = this.visit(operands[i] as CstNode) as Located;
        nodes.push(part.node);
        end = part.end;
      }
      return { node: logical(operator, nodes, span(first.start, end)), start: first.start, end };
    }
  };
}

/** `'O''Brien'` -> `O'Brien`. */
function decodeStringLiteral(image: string): string {
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
  return (astBuilder().visit(cst) as Located).node;
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
