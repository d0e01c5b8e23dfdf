import { LIMITS, type DiagnosticInit, type Span } from '@pcaq/core';

/**
 * PCAQ0114 (nesting-too-deep): The first `(` past the nesting limit (docs/language.md, "Limits"). Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @example
 * ```ts
 * nestingTooDeep(span(64, 65)).args; // { limit: 64 }
 * ```
 */
export function nestingTooDeep(at: Span): DiagnosticInit {
  return { code: 'PCAQ0114', span: at, args: { limit: LIMITS.maxNesting } };
}
