import { type DiagnosticInit, type Span } from '@pcaq/core';

/**
 * PCAQ0107 (unsupported-operator): An operator or function the language does not have (`gt`, `contains()`...). Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @example
 * ```ts
 * unsupportedOperator(span(13, 15), 'gt').code; // 'PCAQ0107'
 * ```
 */
export function unsupportedOperator(at: Span, actual: string): DiagnosticInit {
  return { code: 'PCAQ0107', span: at, args: { actual } };
}
