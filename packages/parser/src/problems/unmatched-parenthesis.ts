import { type DiagnosticInit, type Span } from '@pcaq/core';
import { singleEditFix } from '../edits.js';

/**
 * PCAQ0111 (unmatched-parenthesis): A `)` without its `(`; the fix deletes it (`replacement` keeps words apart where needed). Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @example
 * ```ts
 * unmatchedParenthesis(span(21, 22), '').fixes?.[0]?.edits[0]?.text; // ''
 * ```
 */
export function unmatchedParenthesis(at: Span, replacement: string): DiagnosticInit {
  return { code: 'PCAQ0111', span: at, fixes: [singleEditFix(at, replacement)] };
}
