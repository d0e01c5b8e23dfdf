import { span, type DiagnosticInit, type Span } from '@pcaq/core';
import { singleEditFix } from '../edits.js';

/**
 * PCAQ0110 (unclosed-parenthesis): A `(` never closed; the fix inserts `)` at `end`, the end of the filter. Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @example
 * ```ts
 * unclosedParenthesis(span(0, 1), 22).fixes?.[0]?.edits[0]; // { span: { start: 22, end: 22 }, text: ')' }
 * ```
 */
export function unclosedParenthesis(at: Span, end: number): DiagnosticInit {
  return { code: 'PCAQ0110', span: at, fixes: [singleEditFix(span(end, end), ')')] };
}
