import { logical, span, type FilterNode, type LiteralNode } from '@pcaq/core';
import type { IToken } from './chevrotain.js';
import { tokenEnd } from './token-stream.js';
import * as T from './tokens.js';
import { castLiteral, comparisonNode, containsNode, tokenLiteral } from './visitor.js';

/**
 * The AST of a token stream the fast path found clean (`isCleanTokenStream`), read by recursive
 * descent over the grammar's own rules, or `undefined` as soon as the tokens do not follow them:
 * then the chevrotain parser, with its recovery, reads them again and reports what is wrong. So
 * well-formed filters, the common case, never reach chevrotain, and every diagnostic still comes
 * from it (docs/performance.md, "Parsing"). The tree is the one the CST visitor builds from the
 * same tokens, spans included; a property test compares the two.
 *
 * @example
 * ```ts
 * cleanFilterAst(lex("a eq 'x' or b ne 'y'"))?.type; // 'Logical'
 * cleanFilterAst(lex("a eq 'x' b"));                 // undefined: the grammar has the error to report
 * ```
 */
export function cleanFilterAst(tokens: readonly IToken[]): FilterNode | undefined {
  const reader = new CleanFilterReader(tokens);
  const node = reader.orExpression();
  return reader.atEnd() ? node : undefined;
}

/** One filter's tokens; each method reads one rule of `grammar.ts` and returns undefined on a mismatch. */
class CleanFilterReader {
  private next = 0;
  /** Where the text of the node last returned starts, its parentheses included. */
  private start = 0;
  /** Where the text of the node last returned ends, its parentheses included. */
  private end = 0;

  constructor(private readonly tokens: readonly IToken[]) {}

  atEnd(): boolean {
    return this.next === this.tokens.length;
  }

  /** `or-expr = and-expr *( "or" and-expr )` */
  orExpression(): FilterNode | undefined {
    const first = this.andExpression();
    if (first === undefined || this.tokens[this.next]?.tokenType !== T.Or) return first;
    const start = this.start;
    const nodes: FilterNode[] = [first];
    while (this.tokens[this.next]?.tokenType === T.Or) {
      this.next++;
      const node = this.andExpression();
      if (node === undefined) return undefined;
      nodes.push(node);
    }
    this.start = start;
    return logical('or', nodes, span(start, this.end));
  }

  /** `and-expr = primary *( "and" primary )` */
  andExpression(): FilterNode | undefined {
    const first = this.primary();
    if (first === undefined || this.tokens[this.next]?.tokenType !== T.And) return first;
    const start = this.start;
    const nodes: FilterNode[] = [first];
    while (this.tokens[this.next]?.tokenType === T.And) {
      this.next++;
      const node = this.primary();
      if (node === undefined) return undefined;
      nodes.push(node);
    }
    this.start = start;
    return logical('and', nodes, span(start, this.end));
  }

  /** `primary = comparison / "(" or-expr ")"`; parentheses are not nodes, they widen the text. */
  primary(): FilterNode | undefined {
    const open = this.tokens[this.next];
    if (open?.tokenType !== T.LParen) return this.comparison();
    this.next++;
    const node = this.orExpression();
    const close = this.tokens[this.next];
    if (node === undefined || close?.tokenType !== T.RParen) return undefined;
    this.next++;
    this.start = open.startOffset;
    this.end = tokenEnd(close);
    return node;
  }

  /** `comparison = field op literal / "contains(" field "," string ")"` */
  comparison(): FilterNode | undefined {
    const { tokens, next } = this;
    const first = tokens[next];
    let node: FilterNode;
    if (first?.tokenType === T.Contains) {
      const [open, name, comma, value, close] = tokens.slice(next + 1, next + 6);
      if (open?.tokenType !== T.LParen || name?.tokenType !== T.Identifier || comma?.tokenType !== T.Comma) return undefined;
      if (value?.tokenType !== T.StringLiteral || close?.tokenType !== T.RParen) return undefined;
      this.next = next + 6;
      node = containsNode(first, name, value, close);
    } else {
      const operator = tokens[next + 1];
      if (first?.tokenType !== T.Identifier || operator === undefined || !OPERATORS.has(operator.tokenType)) return undefined;
      this.next = next + 2;
      const value = this.literal();
      if (value === undefined) return undefined;
      node = comparisonNode(first, operator, value);
    }
    this.start = node.span.start;
    this.end = node.span.end;
    return node;
  }

  /** `literal = string / boolean / "cast(" string "," "Edm.DateTimeOffset" ")" / bare-date` */
  literal(): LiteralNode | undefined {
    const { tokens, next } = this;
    const token = tokens[next];
    if (token === undefined) return undefined;
    const type = token.tokenType;
    if (type === T.StringLiteral || type === T.True || type === T.False || type === T.BareDateTime) {
      this.next = next + 1;
      return tokenLiteral(token);
    }
    if (type !== T.Cast) return undefined;
    const [open, value, comma, typeName, close] = tokens.slice(next + 1, next + 6);
    if (open?.tokenType !== T.LParen || value?.tokenType !== T.StringLiteral || comma?.tokenType !== T.Comma) return undefined;
    if (typeName?.tokenType !== T.DateTimeOffsetType || close?.tokenType !== T.RParen) return undefined;
    this.next = next + 6;
    return castLiteral(token, value, close);
  }
}

const OPERATORS: ReadonlySet<unknown> = new Set([T.Eq, T.Ne, T.Gt, T.Ge, T.Lt, T.Le]);
