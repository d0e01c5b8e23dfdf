import { span, type Fix, type Span } from '@pcaq/core';

/** A fix of one edit. */
export function singleEditFix(message: string, at: Span, text: string): Fix {
  return { message, edits: [{ span: at, text }] };
}

/** The span of `length` code units from `start`. */
export function spanOf(start: number, length: number): Span {
  return span(start, start + length);
}

/** `value` as a literal of the language: single quotes, inner quotes doubled. */
export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * The value of a double-quoted string as its writer meant it: `""` and `\"` stand for `"`, `\\`
 * for `\`; the closing quote may be missing.
 */
export function doubleQuotedValue(image: string): string {
  const body = CLOSED_DOUBLE_QUOTED.test(image) ? image.slice(1, -1) : image.slice(1);
  return body.replace(/""|\\(["\\])/g, (_pair, escaped: string | undefined) => escaped ?? '"');
}

const CLOSED_DOUBLE_QUOTED = /^"(?:[^"\\]|\\[\s\S]|"")*"$/;

/**
 * The replacement for the text at `[start, end)` that also keeps words apart: a space is added on
 * a side where the neighbour is not whitespace, so `a=='x'` becomes `a eq 'x'`, not `aeq'x'`.
 */
export function spacedReplacement(text: string, start: number, end: number, word: string): string {
  const before = needsSpaceBefore(text, start) ? ' ' : '';
  const after = needsSpaceAfter(text, end) ? ' ' : '';
  return before + word + after;
}

/**
 * The text that deletes `[start, end)` without joining its neighbours into one word: `'x')and`
 * loses its `)` as `'x' and`.
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

/** SP, HTAB, CR, LF: the whitespace of the grammar. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}
