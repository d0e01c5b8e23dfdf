import type { DiagnosticInit, Span } from '@pcaq/core';
import { short } from '../short-text.js';

/**
 * PCAQ0413 (endpoint-mismatch): the URL's path is one endpoint and the caller asked for another
 * (`pcaq lint --endpoint subscriptions --url .../usage/license/...`). An error: checking the query
 * against either endpoint would be a guess (docs/endpoints.md, "Which endpoint a URL is for").
 * No fix, for the same reason.
 *
 * @example
 * ```ts
 * endpointMismatch('/v1/analytics/search', 'search', 'subscriptions', span(0, 20)).args?.['found']; // 'search'
 * ```
 */
export function endpointMismatch(path: string, found: string, given: string, pathSpan: Span): DiagnosticInit {
  return { code: 'PCAQ0413', span: pathSpan, args: { path: short(path), found, given } };
}
