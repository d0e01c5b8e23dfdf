import { type DiagnosticInit, type Span } from '@pcaq/core';

/**
 * PCAQ0112 (unexpected-token): Anything else out of place, as the grammar reports it, and interpolations of a template the builder cannot place. Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @example
 * ```ts
 * unexpectedToken(span(16, 16), 'a value', 'the end of the filter').code; // 'PCAQ0112'
 * ```
 */
export function unexpectedToken(at: Span, expected: string, found: string): DiagnosticInit {
  return { code: 'PCAQ0112', span: at, args: { expected, found } };
}
