import { InvalidArgumentError, codePointBoundaryAtOrBefore, LIMITS, span, type DiagnosticInit } from '@pcaq/core';

/**
 * PCAQ0115 (filter-too-long): A filter text past the length limit; the span is the text past it, starting on a whole character (docs/language.md, "Length limits"). Only called for such a text. Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @throws InvalidArgumentError when `text` is not a string (input from code).
 * @example
 * ```ts
 * filterTooLong('x'.repeat(40_000)).span; // { start: 32768, end: 40000 }
 * ```
 */
export function filterTooLong(text: string): DiagnosticInit {
  if (typeof text !== 'string') throw new InvalidArgumentError('filterTooLong', 'text', 'is not a string');
  return { code: 'PCAQ0115', span: span(codePointBoundaryAtOrBefore(text, LIMITS.maxFilterLength), text.length), args: { length: text.length, limit: LIMITS.maxFilterLength } };
}
