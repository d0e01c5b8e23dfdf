import type { DiagnosticInit, QueryParameter, Span } from '@pcaq/core';

/**
 * PCAQ0405 (repeated-parameter): a parameter given more than once; the first one is used
 * (docs/language.md, "The request").
 *
 * @example
 * ```ts
 * repeatedParameter('top', span(7, 10)).args; // { name: 'top' }
 * ```
 */
export function repeatedParameter(parameter: QueryParameter, nameSpan: Span): DiagnosticInit {
  return { code: 'PCAQ0405', span: nameSpan, args: { name: parameter } };
}
