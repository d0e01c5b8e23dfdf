import type { IToken } from './chevrotain.js';
import { LIMITS } from '@pcaq/core';
import { KEYWORDS, UNSUPPORTED_OPERATORS } from './mistakes.js';
import { needsSpaceBetween, slotAfter, tokenEnd, type Slot } from './token-stream.js';
import * as T from './tokens.js';

/**
 * The fast path: whether the normaliser would find nothing to report or change in these tokens,
 * decided without allocating. Most filters are well-formed, so they skip the normaliser and go
 * straight to the grammar. Conservative: a `false` only means the full normaliser runs.
 *
 * @example
 * ```ts
 * isCleanTokenStream(lex("a eq 'x'")); // true
 * isCleanTokenStream(lex("a EQ 'x'")); // false
 * ```
 */
export function isCleanTokenStream(raw: readonly IToken[]): boolean {
  let depth = 0;
  let slot: Slot = 'field';
  let previous: IToken | undefined;
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i] as IToken;
    const type = token.tokenType;
    if (type === T.LParen) {
      if (++depth > LIMITS.maxNesting) return false;
    } else if (type === T.RParen) {
      if (--depth < 0) return false;
    } else if (type === T.Identifier) {
      if (slot === 'value' || slot === 'argument' || isReservedWord(token.image, slot)) return false;
      if (slot === 'field' && raw[i + 1]?.tokenType === T.LParen) return false;
    } else if (type === T.Comma) {
      // Only inside contains(...) and cast(...): the reader checks where.
      if (depth === 0) return false;
    } else if (((FLAGS[token.tokenTypeIdx] ?? 0) & CLEAN) === 0) {
      return false;
    } else if (((FLAGS[token.tokenTypeIdx] ?? 0) & VALUE) !== 0 && slot !== 'value') {
      // `true eq 'x'`: the normaliser reads it (as a field name), as it did before booleans.
      return false;
    } else if ((type === T.Contains && slot !== 'field') || (type === T.Cast && slot !== 'value') || (type === T.DateTimeOffsetType && slot !== 'argument')) {
      // `productName contains 'E3'` (PCAQ0118) and the like: for the normaliser.
      return false;
    }
    if (previous && tokenEnd(previous) === token.startOffset && needsSpaceBetween(previous.tokenType, type)) return false;
    previous = token;
    slot = slotAfter(type);
  }
  return depth === 0;
}

/** Token types that are never a mistake by themselves (the reader checks their order). */
const CLEAN = 1;
/** Literals that stand alone as a word (`true`, a bare date): clean only where a value belongs. */
const VALUE = 2;

/**
 * Each token type's flags, by its `tokenTypeIdx`: an array read per token is cheaper than a
 * `Set` lookup (docs/performance.md, "Parsing").
 */
const FLAGS: readonly number[] = (() => {
  const flags: number[] = [];
  const mark = (flag: number, types: readonly { readonly tokenTypeIdx?: number }[]): void => {
    for (const type of types) flags[type.tokenTypeIdx as number] = (flags[type.tokenTypeIdx as number] ?? 0) | flag;
  };
  mark(CLEAN, [T.StringLiteral, T.Eq, T.Ne, T.Gt, T.Ge, T.Lt, T.Le, T.And, T.Or, T.True, T.False, T.Contains, T.Cast, T.DateTimeOffsetType, T.BareDateTime]);
  mark(VALUE, [T.True, T.False, T.BareDateTime]);
  return Array.from(flags, (flag) => flag ?? 0);
})();

function isReservedWord(image: string, slot: Slot): boolean {
  // Most identifiers are field names of other lengths: ruled out without lowercasing them.
  if (image.length > 31 || ((RESERVED_LENGTHS >>> image.length) & 1) === 0) return false;
  const lower = image.toLowerCase();
  return KEYWORDS.has(lower) || lower === 'not' || (slot === 'operator' && UNSUPPORTED_OPERATORS.has(lower));
}

/** The lengths of the words {@link isReservedWord} looks for (2-5, 8, 10, 11 today), one bit each. */
const RESERVED_LENGTHS: number = [...KEYWORDS.keys(), 'not', ...UNSUPPORTED_OPERATORS].reduce((bits, word) => bits | (1 << word.length), 0);
