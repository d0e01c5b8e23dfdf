import type { IToken, TokenType } from './chevrotain.js';
import * as T from './tokens.js';

/**
 * Splits text into the tokens of `tokens.ts`, exactly as chevrotain's lexer built from
 * `ALL_TOKENS` does (same types, images and offsets; whitespace skipped), but by hand: one pass of
 * `charCodeAt`, no regular expressions, and nothing to build before the first call. The token
 * definitions stay the grammar's (the parser, the normaliser and the railroad diagrams use them);
 * this only replaces how text is cut into them, as chevrotain's performance guide allows for a
 * measured goal (docs/performance.md, "Parsing"). A property test compares the two on random text.
 *
 * The rules, in the lexer's order (first match wins): whitespace; a `'` string closed by a quote
 * not followed by another (`''` is one quote), else running to the end of the text; a `"` string
 * (`""` and `\x` inside); `(`, `)`, `,`; the symbolic operators; the keywords (`eq ne gt ge lt le
 * true false contains cast and or`) unless a longer identifier starts there; `Edm.DateTimeOffset`;
 * identifiers; a bare word that is an ISO date as a whole; other bare words; any other ASCII character.
 *
 * @example
 * ```ts
 * scan("a eq 'x'").map((t) => t.image); // ['a', 'eq', "'x'"]
 * ```
 */
export function scan(text: string): IToken[] {
  const tokens: IToken[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    const start = i;
    let type: TokenType;
    // Tokens that are always the same text share one string instead of a copy each.
    let image: string | undefined;
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      continue;
    } else if (c === 39 /* ' */) {
      i = singleQuotedEnd(text, i);
      type = i < 0 ? T.UnterminatedString : T.StringLiteral;
      if (i < 0) i = length;
    } else if (c === 34 /* " */) {
      i = doubleQuotedEnd(text, i);
      type = T.DoubleQuotedString;
    } else if (c === 40) {
      i++;
      type = T.LParen;
      image = '(';
    } else if (c === 41) {
      i++;
      type = T.RParen;
      image = ')';
    } else if (c === 44) {
      i++;
      type = T.Comma;
      image = ',';
    } else if (isLetter(c)) {
      i++;
      while (i < length && isIdentifierPart(text.charCodeAt(i))) i++;
      if (i - start === 3 && text.startsWith(DATE_TIME_OFFSET, start)) {
        i = start + DATE_TIME_OFFSET.length;
        type = T.DateTimeOffsetType;
        image = DATE_TIME_OFFSET;
      } else {
        const keyword = keywordOf(text, start, i - start);
        type = keyword?.type ?? T.Identifier;
        image = keyword?.word;
      }
    } else if (isBareWordStart(c)) {
      i++;
      while (i < length && isBareWordPart(text.charCodeAt(i))) i++;
      type = BARE_DATE_TIME.test(text.slice(start, i)) ? T.BareDateTime : T.BareWord;
    } else {
      i = symbolEnd(text, i);
      type = i > start ? T.SymbolicOperator : T.UnknownCharacter;
      if (i === start) i++;
    }
    tokens.push({ image: image ?? text.slice(start, i), startOffset: start, tokenTypeIdx: type.tokenTypeIdx as number, tokenType: type });
  }
  return tokens;
}

const DATE_TIME_OFFSET = 'Edm.DateTimeOffset';

/** `BareDateTime`'s pattern, over a whole bare word (a longer bare word wins, as `longer_alt` says). */
const BARE_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|-\d{2}:\d{2})?)?$/;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isIdentifierPart(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

/** `[\w.\-\u0080-\uffff]` less the letters (which start identifiers). */
function isBareWordStart(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45 || c >= 0x80;
}

/** `[\w.\-:\u0080-\uffff]` */
function isBareWordPart(c: number): boolean {
  return isIdentifierPart(c) || c === 46 || c === 45 || c === 58 || c >= 0x80;
}

/** A keyword: its text (the token's image) and its token type. */
interface Keyword {
  readonly word: string;
  readonly type: TokenType;
}

/** The keyword the whole identifier at `start` is (a longer identifier wins), or undefined. */
function keywordOf(text: string, start: number, length: number): Keyword | undefined {
  // Look at the first letter and the length before comparing text, so an identifier that is no
  // keyword (most of them) costs no string.
  const first = text.charCodeAt(start) - 97;
  const candidates = first >= 0 ? KEYWORDS_BY_FIRST_LETTER[first] : undefined;
  if (candidates === undefined) return undefined;
  for (const keyword of candidates) if (keyword.word.length === length && text.startsWith(keyword.word, start)) return keyword;
  return undefined;
}

/** The keywords by first letter (`a` at 0). */
const KEYWORDS_BY_FIRST_LETTER: readonly (readonly Keyword[] | undefined)[] = (() => {
  const byFirst: Keyword[][] = [];
  const words = [
    ['eq', T.Eq], ['ne', T.Ne], ['gt', T.Gt], ['ge', T.Ge], ['lt', T.Lt], ['le', T.Le], ['and', T.And], ['or', T.Or],
    ['true', T.True], ['false', T.False], ['cast', T.Cast], ['contains', T.Contains],
  ] as const;
  for (const [word, type] of words) (byFirst[word.charCodeAt(0) - 97] ??= []).push({ word, type });
  return byFirst;
})();

/**
 * The end of the `'` string at `start`: after the first run of quotes of odd length (its pairs
 * are quotes inside, its last quote closes), or -1 when every run is even (unterminated).
 */
function singleQuotedEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf("'", i);
    if (quote < 0) return -1;
    let run = quote + 1;
    while (text.charCodeAt(run) === 39) run++;
    if ((run - quote) % 2 === 1) return run;
    i = run;
  }
}

/** The end of the `"` string at `start`: `""` and a backslash with the next character stay inside. */
function doubleQuotedEnd(text: string, start: number): number {
  const length = text.length;
  let i = start + 1;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      if (i + 1 >= length) return i;
      i += 2;
    } else if (c === 34) {
      if (text.charCodeAt(i + 1) !== 34) return i + 1;
      i += 2;
    } else {
      i++;
    }
  }
  return i;
}

/** `==|!=|<>|<=|>=|&&|\|\||[=<>&|!]`: the end of the operator at `start`, or `start` if none. */
function symbolEnd(text: string, start: number): number {
  const c = text.charCodeAt(start);
  const next = text.charCodeAt(start + 1);
  switch (c) {
    case 61: // =
      return next === 61 ? start + 2 : start + 1;
    case 33: // !
      return next === 61 ? start + 2 : start + 1;
    case 60: // <
      return next === 62 || next === 61 ? start + 2 : start + 1;
    case 62: // >
      return next === 61 ? start + 2 : start + 1;
    case 38: // &
      return next === 38 ? start + 2 : start + 1;
    case 124: // |
      return next === 124 ? start + 2 : start + 1;
    default:
      return start;
  }
}
