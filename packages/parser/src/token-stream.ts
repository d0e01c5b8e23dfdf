import { createTokenInstance, type IToken, type TokenType } from './chevrotain.js';
import { span, type Diagnostic, type DiagnosticInit, type DiagnosticSource } from '@pcaq/core';
import { DiagnosticBuilder } from './diagnostic-builder.js';
import { shorten } from './edits.js';
import { missingSpace } from './problems/missing-space.js';
import { And, BareDateTime, Cast, Comma, Contains, Eq, False, Ge, Gt, Identifier, Le, LParen, Lt, Ne, Or, RParen, StringLiteral, True } from './tokens.js';

/**
 * Where the next token of a filter goes, judged from the last token kept; `argument` is after a
 * comma inside `contains(...)` or `cast(...)`, where a value (or the cast's type) goes.
 */
export type Slot = 'field' | 'operator' | 'value' | 'argument' | 'after' | 'other';

/**
 * The end offset of a token (lexing tracks start offsets only).
 *
 * @example
 * ```ts
 * tokenEnd(lex('abc')[0]!); // 3
 * ```
 */
export function tokenEnd(token: IToken): number {
  return token.startOffset + token.image.length;
}

/**
 * The token stream handed to the parser, built one token at a time, and the diagnostics found on
 * the way. It knows which slot comes next and reports a missing space (PCAQ0113) between tokens
 * the grammar separates with `ws1`.
 *
 * @example
 * ```ts
 * const stream = new TokenStream("a eq'x'");
 * for (const token of lex("a eq'x'")) stream.keep(token);
 * stream.diagnostics[0]?.code; // 'PCAQ0113'
 * ```
 */
export class TokenStream {
  readonly tokens: IToken[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** Tokens that stand for a stretch of text the parser must not look into (never checked for spacing). */
  private readonly synthetic = new Set<IToken>();
  /** Tokens whose fix already puts spaces around them. */
  private readonly spacedByFix = new Set<IToken>();

  private readonly builder: DiagnosticBuilder;

  constructor(
    readonly text: string,
    source?: DiagnosticSource,
  ) {
    this.builder = new DiagnosticBuilder(text, source);
  }

  /** Records a diagnostic about the text. */
  report(init: DiagnosticInit): void {
    this.diagnostics.push(this.builder.create(init));
  }

  /** The slot the next token fills. */
  get slot(): Slot {
    const last = this.tokens.at(-1);
    if (last === undefined) return 'field';
    return slotAfter(last.tokenType);
  }

  /** Keeps a token of the text, as the type the grammar should see it as. */
  keep(token: IToken, as: TokenType = token.tokenType, options: { readonly spacedByFix?: boolean } = {}): void {
    const kept = as === token.tokenType ? token : retype(token, as);
    if (options.spacedByFix) this.spacedByFix.add(kept);
    else this.checkSpacing(kept);
    this.tokens.push(kept);
  }

  /** Keeps a token that stands for `[start, end)` as a whole, e.g. a function call already reported. */
  keepSynthetic(type: TokenType, start: number, end: number): void {
    const token = createTokenInstance(type, this.text.slice(start, end), start, end, NaN, NaN, NaN, NaN);
    this.synthetic.add(token);
    this.tokens.push(token);
  }

  /** A whole comparison standing for `[start, end)`, e.g. `contains(a,'b')`, so parsing goes on after it. */
  keepSyntheticComparison(start: number, end: number): void {
    this.keepSynthetic(Identifier, start, end);
    this.keepSynthetic(Eq, start, end);
    this.keepSynthetic(StringLiteral, start, end);
  }

  private checkSpacing(next: IToken): void {
    const previous = this.tokens.at(-1);
    if (!previous || this.synthetic.has(previous) || this.spacedByFix.has(previous)) return;
    if (tokenEnd(previous) !== next.startOffset || !needsSpaceBetween(previous.tokenType, next.tokenType)) return;
    this.report(missingSpace(span(previous.startOffset, tokenEnd(next)), shown(previous), shown(next), next.startOffset));
  }
}

/** A token as the message shows it inside quotes: a string without its own quotes. */
function shown(token: IToken): string {
  const { image } = token;
  // An unterminated string kept as a string has no closing quote to drop (dropping its last unit could split a pair).
  return shorten(token.tokenType === StringLiteral && image.startsWith("'") ? image.slice(1, image.length > 1 && image.endsWith("'") ? -1 : undefined) : image);
}

function retype(token: IToken, type: TokenType): IToken {
  return createTokenInstance(type, token.image, token.startOffset, tokenEnd(token), NaN, NaN, NaN, NaN);
}

/**
 * The slot after a token of type `type`.
 *
 * @example
 * ```ts
 * slotAfter(Eq); // 'value'
 * ```
 */
export function slotAfter(type: TokenType): Slot {
  if (type === Identifier) return 'operator';
  if (isOperator(type)) return 'value';
  if (type === StringLiteral || type === RParen || type === True || type === False || type === BareDateTime) return 'after';
  if (type === And || type === Or || type === LParen) return 'field';
  if (type === Comma) return 'argument';
  return 'other';
}

/**
 * Whether a token type is one of the comparison operators `eq ne gt ge lt le`.
 *
 * @example
 * ```ts
 * isOperator(Gt); // true
 * ```
 */
export function isOperator(type: TokenType): boolean {
  return type === Eq || type === Ne || type === Gt || type === Ge || type === Lt || type === Le;
}

/** The literals that stand alone as a word, so `eq` before them needs a space. */
function isWordLiteral(type: TokenType): boolean {
  return type === StringLiteral || type === True || type === False || type === BareDateTime;
}

/**
 * The pairs the grammar joins with `ws1`: field op, op literal, literal/`)` and/or, and/or field/`(`.
 *
 * @example
 * ```ts
 * needsSpaceBetween(Eq, StringLiteral); // true
 * needsSpaceBetween(LParen, Identifier); // false
 * ```
 */
export function needsSpaceBetween(left: TokenType, right: TokenType): boolean {
  const leftSlot = slotAfter(left);
  if (leftSlot === 'operator') return isOperator(right);
  if (leftSlot === 'value') return isWordLiteral(right) || right === Cast;
  if (leftSlot === 'after') return right === And || right === Or;
  if (left === And || left === Or) return right === Identifier || right === LParen || right === Contains;
  return false;
}
