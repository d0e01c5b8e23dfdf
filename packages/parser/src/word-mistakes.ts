import type { IToken } from './chevrotain.js';
import { quoteLiteral, span } from '@pcaq/core';
import { shorten, spacedReplacement, spanOf } from './edits.js';
import { keywordCase } from './problems/keyword-case.js';
import { notUnsupported } from './problems/not-unsupported.js';
import { symbolicOperator } from './problems/symbolic-operator.js';
import { unexpectedCharacter } from './problems/unexpected-character.js';
import { unsupportedOperator } from './problems/unsupported-operator.js';
import { valueNotString } from './problems/value-not-string.js';
import { KEYWORDS, SYMBOLS, VALUE_KEYWORDS } from './mistakes.js';
import { tokenEnd, type TokenStream } from './token-stream.js';
import * as T from './tokens.js';

// The mistakes made of words and symbols: keywords in the wrong case, `not`, function calls,
// bare values, malformed field names, `==`-style symbols. Each maps to the token that was meant.

/**
 * Handles a word at `raw[i]`; returns the index of the last raw token it used.
 *
 * @example
 * ```ts
 * // "a eq Reseller": the word in the value slot is reported as PCAQ0109 with a quoting fix.
 * ```
 */
export function normalizeWord(stream: TokenStream, raw: readonly IToken[], i: number): number {
  const token = raw[i] as IToken;
  const lower = token.image.toLowerCase();
  const keyword = KEYWORDS.get(lower);
  const at = spanOf(token.startOffset, token.image.length);
  const slot = stream.slot;
  // Where a value belongs, any word is a value without its quotes (`eq Reseller`, `eq TRUE`, `eq Or`).
  if (slot === 'value' || slot === 'argument') return bareValue(stream, raw, i);
  if (keyword && token.tokenType === T.Identifier) {
    stream.report(keywordCase(at, token.image));
    stream.keep(token, keyword);
    return i;
  }
  if (lower === 'not') {
    stream.report(notUnsupported(at));
    return i;
  }
  if (slot === 'field' && raw[i + 1]?.tokenType === T.LParen) return functionCall(stream, raw, i);
  if (slot === 'field') {
    const last = gluedWordEnd(raw, i);
    if (last > i || token.tokenType === T.BareWord) return malformedFieldName(stream, raw, i, last);
  }
  stream.keep(token);
  return i;
}

/**
 * `eq Reseller`, `eq 5`, `eq 0112a436-...`: PCAQ0109, fixed by quoting the whole word. `TRUE`,
 * `False`, `CAST(` are the value keywords in another case: PCAQ0105, fixed to lowercase.
 */
function bareValue(stream: TokenStream, raw: readonly IToken[], i: number): number {
  const token = raw[i] as IToken;
  const meant = token.tokenType === T.Identifier ? VALUE_KEYWORDS.get(token.image.toLowerCase()) : undefined;
  const next = raw[i + 1];
  if (meant !== undefined && (meant !== T.Cast || next?.tokenType === T.LParen) && (next === undefined || next.startOffset !== tokenEnd(token) || next.tokenType === T.LParen)) {
    stream.report(keywordCase(spanOf(token.startOffset, token.image.length), token.image));
    stream.keep(token, meant);
    return i;
  }
  const last = gluedWordEnd(raw, i);
  const start = (raw[i] as IToken).startOffset;
  const end = tokenEnd(raw[last] as IToken);
  const at = span(start, end);
  const fixed = quoteLiteral(stream.text.slice(start, end));
  // The replacement brings its own space when the word touches the operator (`eq-5`); after the
  // comma of `contains(a,x)` none is needed.
  const replacement = stream.slot === 'argument' ? fixed : spacedReplacement(stream.text, start, end, fixed);
  stream.report(valueNotString(at, shorten(fixed), replacement));
  stream.keepSynthetic(T.StringLiteral, start, end);
  return last;
}

/**
 * The last raw token of a word written without spaces from `raw[i]`, stray characters included
 * (`product/name`, `a$b`), so it is reported once instead of as several tokens.
 */
function gluedWordEnd(raw: readonly IToken[], i: number): number {
  let last = i;
  for (let next = raw[last + 1]; next && next.startOffset === tokenEnd(raw[last] as IToken) && isWordPart(next); next = raw[last + 1]) last++;
  return last;
}

function isWordPart(token: IToken): boolean {
  const type = token.tokenType;
  return type === T.Identifier || type === T.BareWord || type === T.UnknownCharacter || KEYWORDS.has(token.image);
}

/**
 * `product/name`, `wörkloadCode`, `_x`, `1a`: not a field name. PCAQ0102 points at the first
 * character that breaks it; the word still stands in for a field, so parsing goes on.
 */
function malformedFieldName(stream: TokenStream, raw: readonly IToken[], first: number, last: number): number {
  const start = (raw[first] as IToken).startOffset;
  const end = tokenEnd(raw[last] as IToken);
  const word = stream.text.slice(start, end);
  const bad = Math.max(0, word.search(/^[^A-Za-z]|[^A-Za-z0-9_]/));
  const width = (word.codePointAt(bad) ?? 0) > 0xffff ? 2 : 1;
  stream.report(unexpectedCharacter(spanOf(start + bad, width), word.slice(bad, bad + width)));
  stream.keepSynthetic(T.Identifier, start, end);
  return last;
}

/**
 * `contains(productName,'365')` (and OData v3's `substringof('365',productName) eq true`): one
 * PCAQ0107 over the whole call, which then stands in for a comparison so parsing goes on.
 */
function functionCall(stream: TokenStream, raw: readonly IToken[], i: number): number {
  const name = raw[i] as IToken;
  let last = closingParenIndex(raw, i + 1);
  const operator = raw[last + 1];
  const operand = raw[last + 2];
  const compared = operator && KEYWORDS.get(operator.image.toLowerCase());
  if (operand && (compared === T.Eq || compared === T.Ne) && isValueLike(operand)) last += 2;
  const end = tokenEnd(raw[last] as IToken);
  stream.report(unsupportedOperator(span(name.startOffset, end), `${shorten(name.image)}()`));
  stream.keepSyntheticComparison(name.startOffset, end);
  return last;
}

function isValueLike(token: IToken): boolean {
  const type = token.tokenType;
  return (
    type === T.Identifier || type === T.BareWord || type === T.StringLiteral || type === T.DoubleQuotedString ||
    type === T.True || type === T.False || type === T.BareDateTime
  );
}

/**
 * `in ('a','b')` after an unsupported operator: the list stands in for one value.
 *
 * @example
 * ```ts
 * // "a in ('x','y')": after PCAQ0107 on `in`, the list stands in for one string.
 * ```
 */
export function skipGroup(stream: TokenStream, raw: readonly IToken[], i: number): number {
  const last = closingParenIndex(raw, i);
  stream.keepSynthetic(T.StringLiteral, (raw[i] as IToken).startOffset, tokenEnd(raw[last] as IToken));
  return last;
}

/** The index of the `)` matching the `(` at `raw[i]`, else of the last token. */
function closingParenIndex(raw: readonly IToken[], i: number): number {
  let depth = 0;
  for (let j = i; j < raw.length; j++) {
    const type = (raw[j] as IToken).tokenType;
    if (type === T.LParen) depth++;
    else if (type === T.RParen && --depth === 0) return j;
  }
  return raw.length - 1;
}

/**
 * `==`, `&&`, `<`, `!`...; returns whether the symbol was an unsupported comparison.
 *
 * @example
 * ```ts
 * // "a == 'x'": PCAQ0106, and `==` is read as `eq`.
 * ```
 */
export function normalizeSymbol(stream: TokenStream, text: string, token: IToken): boolean {
  const meaning = SYMBOLS.get(token.image);
  const at = spanOf(token.startOffset, token.image.length);
  if (meaning?.kind === 'keyword') {
    const replacement = spacedReplacement(text, at.start, at.end, meaning.word);
    stream.report(symbolicOperator(at, token.image, meaning.word, replacement));
    stream.keep(token, KEYWORDS.get(meaning.word), { spacedByFix: true });
    return false;
  }
  if (meaning?.kind === 'not') {
    stream.report(notUnsupported(at));
    return false;
  }
  stream.report(unsupportedOperator(at, token.image));
  stream.keep(token, T.Eq, { spacedByFix: true });
  return true;
}

