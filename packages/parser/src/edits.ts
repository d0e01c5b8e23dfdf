import { span, type FixInit, type Span } from '@pcaq/core';

/**
 * A fix of one edit (its text comes from the code's `fix` template in the message table).
 *
 * @example
 * ```ts
 * singleEditFix(span(15, 15), ' '); // { edits: [{ span, text: ' ' }] }
 * ```
 */
export function singleEditFix(at: Span, text: string): FixInit {
  return { edits: [{ span: at, text }] };
}

/**
 * The span of `length` code units from `start`.
 *
 * @example
 * ```ts
 * spanOf(13, 2); // { start: 13, end: 15 }
 * ```
 */
export function spanOf(start: number, length: number): Span {
  return span(start, start + length);
}

/** Longest piece of user text a message quotes in full. */
const MAX_QUOTED = 40;

/**
 * User text as a message shows it: cut to 40 characters with `…`, so a 30,000-character string
 * does not become a 30,000-character message (fixes always carry the full text).
 *
 * @example
 * ```ts
 * shorten('x'.repeat(100)).length; // 40
 * ```
 */
export function shorten(text: string): string {
  if (text.length <= MAX_QUOTED) return text;
  const cut = text.charCodeAt(MAX_QUOTED - 2) >= 0xd800 && text.charCodeAt(MAX_QUOTED - 2) <= 0xdbff ? MAX_QUOTED - 2 : MAX_QUOTED - 1;
  return `${text.slice(0, cut)}…`;
}

/**
 * The value of a double-quoted string as its writer meant it: `""` and `\"` stand for `"`, `\\`
 * for `\`; the closing quote may be missing.
 *
 * @example
 * ```ts
 * doubleQuotedValue('"say ""hi"""'); // 'say "hi"'
 * ```
 */
export function doubleQuotedValue(image: string): string {
  const body = CLOSED_DOUBLE_QUOTED.test(image) ? image.slice(1, -1) : image.slice(1);
  return body.replace(/""|\\(["\\])/g, (_pair, escaped: string | undefined) => escaped ?? '"');
}

const CLOSED_DOUBLE_QUOTED = /^"(?:[^"\\]|\\[\s\S]|"")*"$/;

/**
 * The replacement for the text at `[start, end)` that also keeps words apart: a space is added on
 * a side where the neighbour is not whitespace, so `a=='x'` becomes `a eq 'x'`, not `aeq'x'`.
 *
 * @example
 * ```ts
 * spacedReplacement("a=='x'", 1, 3, 'eq'); // ' eq '
 * ```
 */
export function spacedReplacement(text: string, start: number, end: number, word: string): string {
  const before = needsSpaceBefore(text, start) ? ' ' : '';
  const after = needsSpaceAfter(text, end) ? ' ' : '';
  return before + word + after;
}

/**
 * The text that deletes `[start, end)` without joining its neighbours into one word: `'x')and`
 * loses its `)` as `'x' and`.
 *
 * @example
 * ```ts
 * deletionText("'x')and", 3, 4); // ' '
 * ```
 */
export function deletionText(text: string, start: number, end: number): string {
  return needsSpaceBefore(text, start) && needsSpaceAfter(text, end) ? ' ' : '';
}

/** Whether a word put at `offset` would touch the text before it (anything but whitespace and `(` does). */
function needsSpaceBefore(text: string, offset: number): boolean {
  return offset > 0 && text.charAt(offset - 1) !== '(' && !isSpace(text.charCodeAt(offset - 1));
}

/** Whether a word ending at `offset` would touch the text after it (anything but whitespace and `)` does). */
function needsSpaceAfter(text: string, offset: number): boolean {
  return offset < text.length && text.charAt(offset) !== ')' && !isSpace(text.charCodeAt(offset));
}

/**
 * SP, HTAB, CR, LF: the whitespace of the grammar.
 *
 * @example
 * ```ts
 * isSpace('\t'.charCodeAt(0)); // true
 * ```
 */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}
