import { type DiagnosticInit, type Span } from '@pcaq/core';

/**
 * PCAQ0102 (unexpected-character): A character no token starts with (a run of them is one diagnostic). Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @example
 * ```ts
 * unexpectedCharacter(span(22, 23), ';').args; // { char: ';' }
 * ```
 */
export function unexpectedCharacter(at: Span, char: string): DiagnosticInit {
  return { code: 'PCAQ0102', span: at, args: { char } };
}
