import { LIMITS, codePointBoundaryAtOrBefore, span, type DiagnosticInit } from '@pcaq/core';

/**
 * PCAQ0409 (url-too-long): a URL or query string past the length limit of every text pcaq reads
 * (docs/language.md, "Length limits"); the span is the text past the limit, starting on a whole
 * character, and nothing past it is read. Only called for such a text.
 *
 * @example
 * ```ts
 * urlTooLong('?filter=' + 'a'.repeat(40_000)).span.start; // 32768
 * ```
 */
export function urlTooLong(url: string): DiagnosticInit {
  const at = span(codePointBoundaryAtOrBefore(url, LIMITS.maxUrlLength), url.length);
  return { code: 'PCAQ0409', span: at, args: { length: url.length, limit: LIMITS.maxUrlLength }, source: 'url' };
}
