import { InvalidArgumentError, NO_SPAN, span, type DiagnosticInit } from '@pcaq/core';

/**
 * PCAQ0101 (empty-filter): The filter holds no token at all (only whitespace, or nothing); the span covers it. Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @throws InvalidArgumentError when `text` is not a string (input from code).
 * @example
 * ```ts
 * emptyFilter('   ').span; // { start: 0, end: 3 }
 * ```
 */
export function emptyFilter(text: string): DiagnosticInit {
  if (typeof text !== 'string') throw new InvalidArgumentError('emptyFilter', 'text', 'is not a string');
  return { code: 'PCAQ0101', span: span(0, text.length) };
}

/**
 * PCAQ0101 as the builder reports it: a call given an empty list (`anyOf('channel', [])`,
 * `allOf()`), in the table's `empty-list` wording, which names the call for the programmer.
 *
 * @example
 * ```ts
 * emptyList('allOf()').variant; // 'empty-list'
 * ```
 */
export function emptyList(call: string): DiagnosticInit {
  return { code: 'PCAQ0101', span: NO_SPAN, variant: 'empty-list', args: { call } };
}
