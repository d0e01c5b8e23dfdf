import { type DiagnosticInit, type Span } from '@pcaq/core';

/**
 * PCAQ0108 (not-unsupported): `not` or `!`: the language has no negation. Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @example
 * ```ts
 * notUnsupported(span(0, 3)).code; // 'PCAQ0108'
 * ```
 */
export function notUnsupported(at: Span): DiagnosticInit {
  return { code: 'PCAQ0108', span: at };
}
