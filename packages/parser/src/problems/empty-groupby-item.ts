import { type DiagnosticInit, type Span } from '@pcaq/core';
import { singleEditFix } from '../edits.js';

/**
 * PCAQ0302 (empty-groupby-item): An empty item: the fix removes the extra comma. Its message and fix text are in the message table;
 * docs/diagnostics.md has its examples. The only module that makes this code.
 *
 * @example
 * ```ts
 * emptyGroupByItem(span(8, 9)).fixes?.[0]?.edits[0]?.text; // ''
 * ```
 */
export function emptyGroupByItem(comma: Span): DiagnosticInit {
  return { code: 'PCAQ0302', span: comma, fixes: [singleEditFix(comma, '')] };
}
