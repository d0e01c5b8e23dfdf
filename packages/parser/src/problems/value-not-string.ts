import { type DiagnosticInit, type Span } from '@pcaq/core';
import { singleEditFix } from '../edits.js';

/**
 * PCAQ0109 (value-not-string): A value that is not a quoted string; `expected` is how it is written quoted, and `replacement`, when the value is in the text, the text the fix puts there. The builder reports values from code without a fix. Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @example
 * ```ts
 * valueNotString(span(16, 24), "'Reseller'", "'Reseller'").fixes?.length; // 1
 * ```
 */
export function valueNotString(at: Span, expected: string, replacement?: string): DiagnosticInit {
  return { code: 'PCAQ0109', span: at, args: { expected }, ...(replacement === undefined ? {} : { fixes: [singleEditFix(at, replacement)] }) };
}
