import { InvalidArgumentError, span, type DiagnosticInit } from '@pcaq/core';

/**
 * PCAQ0301 (empty-groupby): A group-by list with no field at all. Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @throws InvalidArgumentError when `text` is not a string (input from code).
 * @example
 * ```ts
 * emptyGroupBy(' ').span; // { start: 0, end: 1 }
 * ```
 */
export function emptyGroupBy(text: string): DiagnosticInit {
  if (typeof text !== 'string') throw new InvalidArgumentError('emptyGroupBy', 'text', 'is not a string');
  return { code: 'PCAQ0301', span: span(0, text.length) };
}
