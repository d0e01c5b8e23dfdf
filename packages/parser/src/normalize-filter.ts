import { createTokenInstance, type IToken } from './chevrotain.js';
import { LIMITS, quoteLiteral, span, type Diagnostic, type DiagnosticSource } from '@pcaq/core';
import { deletionText, doubleQuotedValue, shorten, spanOf } from './edits.js';
import { doubleQuotedString } from './problems/double-quoted-string.js';
import { nestingTooDeep } from './problems/nesting-too-deep.js';
import { unclosedParenthesis } from './problems/unclosed-parenthesis.js';
import { unexpectedCharacter } from './problems/unexpected-character.js';
import { unmatchedParenthesis } from './problems/unmatched-parenthesis.js';
import { unsupportedOperator } from './problems/unsupported-operator.js';
import { unterminatedString } from './problems/unterminated-string.js';
import { UNSUPPORTED_OPERATORS } from './mistakes.js';
import { castTypeName } from './problems/cast-type-name.js';
import { containsInfix } from './problems/contains-infix.js';
import { normalizeSymbol, normalizeWord, skipGroup } from './word-mistakes.js';
import { isCleanTokenStream } from './clean-tokens.js';
import { TokenStream, isOperator, tokenEnd } from './token-stream.js';
import * as T from './tokens.js';

/** A filter's tokens made ready for the grammar, the mistakes found doing it, and whether parsing may go on. */
export interface NormalizedFilter {
  readonly tokens: IToken[];
  readonly diagnostics: Diagnostic[];
  /** False when parentheses nest too deep to hand to a recursive parser (PCAQ0114). */
  readonly parsable: boolean;
}

/**
 * Maps every mistake token to the token that was meant, reporting it with its span and fix:
 * wrong-case keywords, symbols, quotes, bare values, unsupported operators and functions, `not`,
 * stray characters, unbalanced and too deeply nested parentheses. What is left for the grammar to
 * find is structure (a missing value, operator or operand), so one mistake gives one diagnostic.
 *
 * @example
 * ```ts
 * const text = "a EQ 'x'";
 * normalizeFilterTokens(text, lex(text)).diagnostics[0]?.code; // 'PCAQ0105'
 * ```
 */
export function normalizeFilterTokens(text: string, raw: IToken[], source?: DiagnosticSource): NormalizedFilter {
  if (isCleanTokenStream(raw)) return { tokens: raw, diagnostics: [], parsable: true };
  return normalizeEveryToken(text, raw, source);
}

/**
 * {@link normalizeFilterTokens} without its shortcut for clean token streams: every token goes
 * through the normaliser. The reference the fast path is tested against (a clean stream must come
 * out unchanged, with no diagnostic).
 *
 * @example
 * ```ts
 * normalizeEveryToken("a eq 'x'", lex("a eq 'x'")).diagnostics; // []
 * ```
 */
export function normalizeEveryToken(text: string, raw: IToken[], source?: DiagnosticSource): NormalizedFilter {
  return new FilterNormalizer(text, raw, source).run();
}

/** One pass over the raw tokens; each method handles one kind of token and returns the last index it used. */
class FilterNormalizer {
  private readonly stream: TokenStream;
  private readonly open: IToken[] = [];
  /** What each open parenthesis belongs to: a group, `contains(` or `cast(` (whose commas are kept). */
  private readonly openKinds: ('group' | 'contains' | 'cast')[] = [];
  private tooDeep = false;
  /** Set after `gt`, `<`, `in`...: a parenthesised list may follow as their operand. */
  private afterUnsupported = false;

  constructor(
    private readonly text: string,
    private readonly raw: readonly IToken[],
    source: DiagnosticSource | undefined,
  ) {
    this.stream = new TokenStream(text, source);
  }

  run(): NormalizedFilter {
    const { raw, stream } = this;
    for (let i = 0; i < raw.length; i++) {
      const token = raw[i] as IToken;
      const type = token.tokenType;
      const unsupportedBefore = this.afterUnsupported;
      this.afterUnsupported = false;
      if (type === T.StringLiteral || isOperator(type) || type === T.And || type === T.Or || type === T.DateTimeOffsetType) stream.keep(token);
      else if (type === T.Cast && stream.slot === 'value') stream.keep(token);
      else if (type === T.Contains) i = this.contains(i);
      else if (type === T.Comma && this.openKinds.at(-1) !== undefined && this.openKinds.at(-1) !== 'group') i = this.comma(i);
      else if (isValueWord(type) && (stream.slot === 'value' || stream.slot === 'argument')) stream.keep(token);
      else if (type === T.Identifier || type === T.BareWord || isValueWord(type) || type === T.Cast || this.startsBareValue(i)) i = this.word(i);
      else if (type === T.LParen) i = unsupportedBefore && stream.slot === 'value' ? skipGroup(stream, raw, i) : this.openParen(i);
      else if (type === T.RParen) this.closeParen(token);
      else if (type === T.SymbolicOperator) this.afterUnsupported = normalizeSymbol(stream, this.text, token);
      else if (type === T.UnterminatedString) this.unterminated(token);
      else if (type === T.DoubleQuotedString) this.doubleQuoted(token);
      else i = this.stray(i);
    }
    if (!this.tooDeep) this.closeOpenParens();
    return { tokens: stream.tokens, diagnostics: stream.diagnostics, parsable: !this.tooDeep };
  }

  private openParen(i: number): number {
    const token = this.raw[i] as IToken;
    const before = this.stream.tokens.at(-1)?.tokenType;
    this.open.push(token);
    this.openKinds.push(before === T.Contains ? 'contains' : before === T.Cast ? 'cast' : 'group');
    if (this.open.length > LIMITS.maxNesting && !this.tooDeep) {
      this.tooDeep = true;
      this.stream.report(nestingTooDeep(spanOf(token.startOffset, 1)));
    }
    this.stream.keep(token);
    return i;
  }

  private closeParen(token: IToken): void {
    this.openKinds.pop();
    if (this.open.pop()) this.stream.keep(token);
    else if (!this.tooDeep) reportUnmatchedParen(this.stream, this.text, token);
  }

  /** Every `(` still open at the end: PCAQ0110, and a `)` for the parser so nothing cascades. */
  private closeOpenParens(): void {
    const end = this.text.length;
    for (const paren of this.open) {
      this.stream.report(unclosedParenthesis(spanOf(paren.startOffset, 1), end));
      this.stream.tokens.push(createTokenInstance(T.RParen, '', end, end, NaN, NaN, NaN, NaN));
    }
  }

  private unterminated(token: IToken): void {
    const at = spanOf(token.startOffset, token.image.length);
    // The fix rewrites the whole string (not an insertion at the end of the text), so it stays
    // apart from PCAQ0110's ')' insertion there whatever order the fixes are applied in.
    this.stream.report(unterminatedString(at, token.image));
    this.stream.keep(token, T.StringLiteral);
  }

  private doubleQuoted(token: IToken): void {
    const fixed = quoteLiteral(doubleQuotedValue(token.image));
    const at = spanOf(token.startOffset, token.image.length);
    this.stream.report(doubleQuotedString(at, fixed));
    this.stream.keep(token, T.StringLiteral);
  }

  /**
   * `contains` where a comparison starts is the function; written as an operator
   * (`productName contains 'E3'`) it is PCAQ0118, fixed to the call when a string follows.
   */
  private contains(i: number): number {
    const { raw, stream } = this;
    const token = raw[i] as IToken;
    if (stream.slot !== 'operator') {
      stream.keep(token);
      return i;
    }
    const name = stream.tokens.at(-1) as IToken;
    const value = raw[i + 1];
    if (name.tokenType === T.Identifier && value?.tokenType === T.StringLiteral) {
      const at = span(name.startOffset, tokenEnd(value));
      stream.report(containsInfix(at, name.image, value.image));
      stream.tokens.pop();
      stream.keepSyntheticComparison(at.start, at.end);
      return i + 1;
    }
    stream.report(unsupportedOperator(spanOf(token.startOffset, token.image.length), token.image));
    stream.keep(token, T.Eq, { spacedByFix: true });
    this.afterUnsupported = true;
    return i;
  }

  /**
   * A comma inside `contains(` or `cast(`. In a cast, what stands between it and the `)` must be
   * `Edm.DateTimeOffset`; anything else is PCAQ0117, fixed to that name.
   */
  private comma(i: number): number {
    const { raw, stream } = this;
    stream.keep(raw[i] as IToken);
    if (this.openKinds.at(-1) !== 'cast') return i;
    let last = i;
    while (last + 1 < raw.length && (raw[last + 1] as IToken).tokenType !== T.RParen && (raw[last + 1] as IToken).tokenType !== T.LParen) last++;
    if (last === i) return i;
    const first = raw[i + 1] as IToken;
    if (last === i + 1 && first.tokenType === T.DateTimeOffsetType) {
      stream.keep(first);
      return last;
    }
    const at = span(first.startOffset, tokenEnd(raw[last] as IToken));
    stream.report(castTypeName(at, shorten(this.text.slice(at.start, at.end))));
    stream.keepSynthetic(T.DateTimeOffsetType, at.start, at.end);
    return last;
  }

  /** A comma or any other stray character: a run of them is reported once and left out. */
  private stray(i: number): number {
    const { raw } = this;
    let last = i;
    while (last + 1 < raw.length && isStray(raw[last + 1] as IToken) && (raw[last + 1] as IToken).startOffset === tokenEnd(raw[last] as IToken)) last++;
    const start = (raw[i] as IToken).startOffset;
    const stop = tokenEnd(raw[last] as IToken);
    this.stream.report(unexpectedCharacter(span(start, stop), shorten(this.text.slice(start, stop))));
    return last;
  }

  /** `eq {guid}`: a stray character glued to a word where a value belongs starts that value. */
  private startsBareValue(i: number): boolean {
    const token = this.raw[i] as IToken;
    const next = this.raw[i + 1];
    return (
      token.tokenType === T.UnknownCharacter &&
      this.stream.slot === 'value' &&
      next !== undefined &&
      next.startOffset === tokenEnd(token) &&
      (next.tokenType === T.Identifier || next.tokenType === T.BareWord)
    );
  }

  private word(i: number): number {
    const token = this.raw[i] as IToken;
    const lower = token.image.toLowerCase();
    if ((token.tokenType === T.True || token.tokenType === T.False) && this.stream.slot === 'field') {
      // `true eq 'x'`: a field named `true`, as before booleans were words of the language.
      this.stream.keep(token, T.Identifier);
      return i;
    }
    if (this.stream.slot === 'operator' && token.tokenType === T.Identifier && UNSUPPORTED_OPERATORS.has(lower)) {
      const at = spanOf(token.startOffset, token.image.length);
      this.stream.report(unsupportedOperator(at, token.image));
      this.stream.keep(token, T.Eq, { spacedByFix: true });
      this.afterUnsupported = true;
      return i;
    }
    return normalizeWord(this.stream, this.raw, i);
  }
}

/** Tokens that are values only: `true`, `false`, a bare date; elsewhere they are read as words. */
function isValueWord(type: unknown): boolean {
  return type === T.True || type === T.False || type === T.BareDateTime;
}

function isStray(token: IToken): boolean {
  return token.tokenType === T.UnknownCharacter || token.tokenType === T.Comma;
}

function reportUnmatchedParen(stream: TokenStream, text: string, token: IToken): void {
  const at = spanOf(token.startOffset, 1);
  stream.report(unmatchedParenthesis(at, deletionText(text, at.start, at.end)));
}
