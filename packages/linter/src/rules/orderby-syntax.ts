import { span, type DiagnosticInit, type Span } from '@pcaq/core';

/**
 * PCAQ0306 (orderby-syntax): an `orderby` list that is not `field [asc|desc], ...`
 * (docs/language.md, "orderby"): an empty list or item, something that is not a field name where
 * one belongs, or a third word in an item (a missing comma). An empty item between commas or at
 * either end gets a fix that removes its extra comma, as in a group-by list; nothing else is sure.
 *
 * @example
 * ```ts
 * orderbySyntax('a field name', 'the end', span(9, 10), span(9, 10)).fixes?.length; // 1
 * ```
 */
export function orderbySyntax(expected: string, found: string, at: Span, removable?: Span): DiagnosticInit {
  const fixes = removable === undefined ? [] : [{ edits: [{ span: removable, text: '' }] }];
  return { code: 'PCAQ0306', span: at, args: { expected, found }, fixes, source: 'orderby' };
}

/**
 * PCAQ0306 (orderby-syntax), its `too-long` wording: past the group-by list's limit nothing else
 * of an `orderby` list is read (docs/language.md, "Length limits").
 *
 * @example
 * ```ts
 * orderbyTooLong(40_000, 32_768).variant; // 'too-long'
 * ```
 */
export function orderbyTooLong(length: number, limit: number): DiagnosticInit {
  return { code: 'PCAQ0306', variant: 'too-long', span: span(limit, length), args: { length, limit }, source: 'orderby' };
}
