import { InvalidArgumentError, codePointBoundaryAtOrBefore, LIMITS, span, type DiagnosticInit } from '@pcaq/core';

/**
 * PCAQ0305 (groupby-too-long): A group-by list past the length limit; the span is the text past it (docs/language.md, "Length limits"). Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @throws InvalidArgumentError when `text` is not a string (input from code).
 * @example
 * ```ts
 * groupByTooLong('a,'.repeat(20_000)).span.start; // 32768
 * ```
 */
export function groupByTooLong(text: string): DiagnosticInit {
  if (typeof text !== 'string') throw new InvalidArgumentError('groupByTooLong', 'text', 'is not a string');
  return { code: 'PCAQ0305', span: span(codePointBoundaryAtOrBefore(text, LIMITS.maxGroupByLength), text.length), args: { length: text.length, limit: LIMITS.maxGroupByLength } };
}
