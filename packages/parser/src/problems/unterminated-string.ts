import { type DiagnosticInit, type Span } from '@pcaq/core';
import { singleEditFix } from '../edits.js';

/**
 * PCAQ0103 (unterminated-string): A string never closed; the fix closes it at the end of the filter. Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @example
 * ```ts
 * unterminatedString(span(16, 20), "'SFB").fixes?.[0]?.edits[0]?.text; // "'SFB'"
 * ```
 */
export function unterminatedString(at: Span, image: string): DiagnosticInit {
  return { code: 'PCAQ0103', span: at, fixes: [singleEditFix(at, `${image}'`)] };
}
