import { span, type DiagnosticInit, type Span } from '@pcaq/core';
import { singleEditFix } from '../edits.js';

/**
 * PCAQ0113 (missing-space): Two words with no space between them; the fix inserts one at `insertAt`. Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @example
 * ```ts
 * missingSpace(span(13, 20), 'eq', 'SFB', 15).fixes?.[0]?.edits[0]; // { span: { start: 15, end: 15 }, text: ' ' }
 * ```
 */
export function missingSpace(at: Span, left: string, right: string, insertAt: number): DiagnosticInit {
  return { code: 'PCAQ0113', span: at, args: { left, right }, fixes: [singleEditFix(span(insertAt, insertAt), ' ')] };
}
