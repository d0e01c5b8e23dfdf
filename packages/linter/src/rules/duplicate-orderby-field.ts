import { truncateText, type DiagnosticInit, type FixInit, type Span } from '@pcaq/core';

/**
 * PCAQ0309 (duplicate-orderby-field), a warning: a field named twice in `orderby`. Rows equal on
 * the first key are equal on the repeat, so only the first place sorts; the fix removes the
 * repeated item with the comma before it (`removable`, when the item before parsed cleanly).
 *
 * @example
 * ```ts
 * duplicateOrderbyField('usageDate', span(11, 20), span(9, 25)).fixes?.length; // 1
 * ```
 */
export function duplicateOrderbyField(name: string, at: Span, removable?: Span): DiagnosticInit {
  const fixes: FixInit[] = removable === undefined ? [] : [{ edits: [{ span: removable, text: '' }], args: { name } }];
  return { code: 'PCAQ0309', span: at, args: { name: truncateText(name, 60) }, fixes, source: 'orderby' };
}
