import { type DiagnosticInit, type Span } from '@pcaq/core';

/**
 * PCAQ0304 (groupby-syntax): An item of a group-by list that is not one field name. Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @example
 * ```ts
 * groupBySyntax(span(8, 9), 'a field name', "';'").code; // 'PCAQ0304'
 * ```
 */
export function groupBySyntax(at: Span, expected: string, found: string): DiagnosticInit {
  return { code: 'PCAQ0304', span: at, args: { expected, found } };
}
