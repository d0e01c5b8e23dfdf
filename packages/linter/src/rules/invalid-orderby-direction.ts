import { truncateText, type DiagnosticInit, type FixInit, type Span } from '@pcaq/core';

/**
 * PCAQ0308 (invalid-orderby-direction): the word after an `orderby` field is not `asc` or `desc`.
 * Keywords are lower case, as in filters (docs/language.md, "orderby"), so `DESC` gets a fix to
 * `desc`; any other word (`descending`, `down`) has none.
 *
 * @example
 * ```ts
 * invalidOrderbyDirection('DESC', span(10, 14)).fixes?.[0]?.edits[0]?.text; // 'desc'
 * ```
 */
export function invalidOrderbyDirection(word: string, at: Span): DiagnosticInit {
  const folded = word.toLowerCase();
  const replacement = folded === 'asc' || folded === 'desc' ? folded : undefined;
  const fixes: FixInit[] = replacement === undefined ? [] : [{ edits: [{ span: at, text: replacement }], args: { original: word, replacement } }];
  return { code: 'PCAQ0308', span: at, args: { actual: truncateText(word, 60) }, fixes, source: 'orderby' };
}
