import { type DiagnosticInit, type Span } from '@pcaq/core';
import { singleEditFix } from '../edits.js';

/**
 * PCAQ0106 (symbolic-operator): A symbol (`==`, `&&`...) where a keyword belongs; `replacement` is the keyword with any spaces it needs. Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @example
 * ```ts
 * symbolicOperator(span(13, 15), '==', 'eq', 'eq').args; // { actual: '==', expected: 'eq' }
 * ```
 */
export function symbolicOperator(at: Span, actual: string, expected: string, replacement: string): DiagnosticInit {
  return { code: 'PCAQ0106', span: at, args: { actual, expected }, fixes: [singleEditFix(at, replacement)] };
}
