import { type DiagnosticInit, type Span } from '@pcaq/core';
import { short } from '../short-text.js';

/**
 * PCAQ0407 (malformed-percent-escape): a `%` not followed by two hex digits, or escapes whose
 * bytes are not UTF-8 (docs/language.md, "Encoding in the URL"). The raw characters are kept and
 * decoding goes on.
 *
 * @example
 * ```ts
 * malformedPercentEscape('?a=100%', span(6, 7)).args; // { escape: '%' }
 * ```
 */
export function malformedPercentEscape(url: string, at: Span): DiagnosticInit {
  return { code: 'PCAQ0407', span: at, args: { escape: short(url.slice(at.start, at.end)) } };
}
