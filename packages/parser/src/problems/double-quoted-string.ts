import { type DiagnosticInit, type Span } from '@pcaq/core';
import { shorten, singleEditFix } from '../edits.js';

/**
 * PCAQ0104 (double-quoted-string): A double-quoted string; `fixed` is the literal in single quotes. Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @example
 * ```ts
 * doubleQuotedString(span(16, 21), "'SFB'").args; // { expected: "'SFB'" }
 * ```
 */
export function doubleQuotedString(at: Span, fixed: string): DiagnosticInit {
  return { code: 'PCAQ0104', span: at, args: { expected: shorten(fixed) }, fixes: [singleEditFix(at, fixed)] };
}
