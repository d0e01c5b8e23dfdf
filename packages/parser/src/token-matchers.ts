import type { CustomPatternMatcherFunc, CustomPatternMatcherReturn } from 'chevrotain';

/**
 * Hand-written matchers for the tokens every filter is made of (chevrotain's custom token
 * patterns): whitespace, identifiers, keywords and single-quoted strings. Each one matches exactly
 * what the regular expression in its comment matches, with a loop over character codes instead of
 * a trip through the regex engine; keywords check their own word boundary, so they need no
 * `longer_alt` (which cost a second, allocating regex match per keyword).
 */

type Match = CustomPatternMatcherReturn | null;

/** A match that is shared by every call: chevrotain only reads it. */
function sharedMatch(image: string): CustomPatternMatcherReturn {
  return Object.freeze([image]) as unknown as CustomPatternMatcherReturn;
}

/** `[A-Za-z]` */
function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** `[A-Za-z0-9_]` */
function isWordCharacter(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 95;
}

/** `[ \t\r\n]` */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

// A single space is by far the most common gap: its match is shared, not allocated.
const ONE_SPACE = sharedMatch(' ');

/**
 * `/[ \t\r\n]+/`
 *
 * @example
 * ```ts
 * matchWhiteSpace('a  b', 1)?.[0]; // '  '
 * ```
 */
export function matchWhiteSpace(text: string, offset: number): Match {
  let end = offset;
  while (end < text.length && isSpace(text.charCodeAt(end))) end++;
  if (end === offset) return null;
  if (end === offset + 1 && text.charCodeAt(offset) === 32) return ONE_SPACE;
  return [text.slice(offset, end)];
}

/**
 * `/[A-Za-z][A-Za-z0-9_]*\/`
 *
 * @example
 * ```ts
 * matchIdentifier('channel eq', 0)?.[0]; // 'channel'
 * ```
 */
export function matchIdentifier(text: string, offset: number): Match {
  if (!isLetter(text.charCodeAt(offset))) return null;
  let end = offset + 1;
  while (end < text.length && isWordCharacter(text.charCodeAt(end))) end++;
  return [text.slice(offset, end)];
}

/**
 * A matcher of one keyword: the word itself, not followed by a character that would make it a
 * longer identifier (what `longer_alt: Identifier` decided before).
 *
 * @example
 * ```ts
 * keywordMatcher('eq')('a eq b', 2)?.[0]; // 'eq'
 * keywordMatcher('eq')('a equals b', 2);  // null
 * ```
 */
export function keywordMatcher(word: string): CustomPatternMatcherFunc {
  const match = sharedMatch(word);
  return (text, offset) =>
    text.startsWith(word, offset) && !isWordCharacter(text.charCodeAt(offset + word.length)) ? match : null;
}

/**
 * `/'(?:[^']|'')*'(?!')/`: a quote, then up to the first quote that is not doubled. A text with
 * no such quote is left to the unterminated-string token.
 *
 * @example
 * ```ts
 * matchStringLiteral("a eq 'O''Brien' or", 5)?.[0]; // "'O''Brien'"
 * ```
 */
export function matchStringLiteral(text: string, offset: number): Match {
  if (text.charCodeAt(offset) !== 39) return null;
  let at = offset + 1;
  for (;;) {
    const quote = text.indexOf("'", at);
    if (quote < 0) return null;
    if (text.charCodeAt(quote + 1) !== 39) return [text.slice(offset, quote + 1)];
    at = quote + 2;
  }
}
