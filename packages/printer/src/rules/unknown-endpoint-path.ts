import { ENDPOINT_IDS, type DiagnosticInit, type Span } from '@pcaq/core';
import { short } from '../short-text.js';

/**
 * PCAQ0412 (unknown-endpoint-path): the URL's path names none of the analytics endpoints, so the
 * query is checked against the endpoint used when none is named (docs/endpoints.md, "Which
 * endpoint a URL is for"). A warning: a gateway or a test server may serve the API elsewhere.
 *
 * @example
 * ```ts
 * unknownEndpointPath('/v1/analytics/orders', 'license-usage', span(12, 32)).args?.['endpoint']; // 'license-usage'
 * ```
 */
export function unknownEndpointPath(path: string, endpoint: string, pathSpan: Span): DiagnosticInit {
  return { code: 'PCAQ0412', span: pathSpan, args: { path: short(path), endpoint, endpoints: ENDPOINT_IDS.join(', ') } };
}
