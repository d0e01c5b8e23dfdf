import { type DiagnosticInit, type Span } from '@pcaq/core';
import { singleEditFix } from '../edits.js';

/**
 * PCAQ0105 (keyword-case): A keyword not in lowercase; the fix writes it in lowercase. Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @example
 * ```ts
 * keywordCase(span(13, 15), 'EQ').args; // { actual: 'EQ', expected: 'eq' }
 * ```
 */
export function keywordCase(at: Span, actual: string): DiagnosticInit {
  return { code: 'PCAQ0105', span: at, args: { actual, expected: actual.toLowerCase() }, fixes: [singleEditFix(at, actual.toLowerCase())] };
}
