import {
  ENDPOINT_SCHEMAS,
  InvalidArgumentError,
  LineIndex,
  createDiagnostic,
  endpointForPath,
  isEndpointId,
  type Diagnostic,
  type EndpointId,
  type EndpointSchema,
} from '@pcaq/core';
import { locatePath } from './locate-query.js';
import { endpointMismatch } from './rules/endpoint-mismatch.js';
import { unknownEndpointPath } from './rules/unknown-endpoint-path.js';

/**
 * The endpoint used when neither a name nor a URL's path says which: licence usage, pcaq's first
 * endpoint (docs/endpoints.md, "Which endpoint a URL is for").
 *
 * @example
 * ```ts
 * DEFAULT_ENDPOINT; // 'license-usage'
 * ```
 */
export const DEFAULT_ENDPOINT: EndpointId = 'license-usage';

/**
 * What {@link urlEndpoint} finds: the schema to check the query with, and the diagnostics about
 * the URL's path (source `url`, spans in the URL text).
 *
 * @example
 * ```ts
 * const { schema, diagnostics }: UrlEndpoint = urlEndpoint('/partner/v1/analytics/search?top=5');
 * ```
 */
export interface UrlEndpoint {
  readonly schema: EndpointSchema;
  readonly diagnostics: Diagnostic[];
}

/**
 * Options of {@link urlEndpoint}.
 *
 * @example
 * ```ts
 * const options: UrlEndpointOptions = { endpoint: 'search', pathWins: true };
 * ```
 */
export interface UrlEndpointOptions {
  /** The endpoint asked for (`--endpoint`); {@link DEFAULT_ENDPOINT} when not given. */
  readonly endpoint?: EndpointId;
  /**
   * When true, `endpoint` is only the default for a URL whose path names none, and a path of
   * another endpoint is used without a diagnostic (`pcaq scan`, where each URL says its own endpoint).
   */
  readonly pathWins?: boolean;
}

/**
 * Which endpoint a URL is for. Its path is matched against every documented path form, ignoring
 * case and a trailing slash (`endpointForPath`). A path that names no endpoint is a PCAQ0412
 * warning and the endpoint asked for (or {@link DEFAULT_ENDPOINT}) is used; a path that names
 * another endpoint than the one asked for is a PCAQ0413 error at the path (unless `pathWins`),
 * and the one asked for is used. A URL without a path (a bare query string) is for the endpoint
 * asked for, without a diagnostic (docs/endpoints.md, "Which endpoint a URL is for").
 *
 * @throws InvalidArgumentError when `url` is not a string or `options.endpoint` is not an endpoint id.
 * @example
 * ```ts
 * urlEndpoint('https://api.partnercenter.microsoft.com/partner/v1/analytics/subscriptions?top=5').schema.endpoint.id; // 'subscriptions'
 * urlEndpoint('/v1/analytics/orders?top=5').diagnostics[0]?.code; // 'PCAQ0412'
 * urlEndpoint('/v1/analytics/search?top=5', { endpoint: 'referrals' }).diagnostics[0]?.code; // 'PCAQ0413'
 * ```
 */
export function urlEndpoint(url: string, options: UrlEndpointOptions = {}): UrlEndpoint {
  if (typeof url !== 'string') throw new InvalidArgumentError('urlEndpoint', 'url', 'is not a string');
  const given = options?.endpoint;
  if (given !== undefined && !isEndpointId(given)) throw new InvalidArgumentError('urlEndpoint', 'options.endpoint', 'is not an endpoint id');
  const asked = ENDPOINT_SCHEMAS[given ?? DEFAULT_ENDPOINT];
  const at = locatePath(url);
  // A lone '/' is a host's root: it names nothing, as a bare query string names nothing.
  if (at === undefined || at.end - at.start === 1) return { schema: asked, diagnostics: [] };
  const path = url.slice(at.start, at.end);
  const found = endpointForPath(path);
  const lines = new LineIndex(url);
  if (found === undefined) {
    return { schema: asked, diagnostics: [createDiagnostic(lines, { ...unknownEndpointPath(path, asked.endpoint.id, at), source: 'url' })] };
  }
  if (given !== undefined && found.endpoint.id !== given && options.pathWins !== true) {
    return { schema: asked, diagnostics: [createDiagnostic(lines, { ...endpointMismatch(path, found.endpoint.id, given, at), source: 'url' })] };
  }
  return { schema: found, diagnostics: [] };
}

/**
 * The canonical request URL of an endpoint, without a query: the public host, the `/partner`
 * prefix, and the endpoint's first documented path form (docs/endpoints.md, "Which endpoint a URL is for").
 *
 * @example
 * ```ts
 * endpointBaseUrl(ENDPOINT_SCHEMAS.subscriptions); // 'https://api.partnercenter.microsoft.com/partner/v1/analytics/subscriptions'
 * endpointBaseUrl(ENDPOINT_SCHEMAS['license-usage']); // 'https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license/'
 * ```
 * @throws InvalidArgumentError when `schema` is not an endpoint's schema (one with a path).
 */
export function endpointBaseUrl(schema: EndpointSchema): string {
  const path: unknown = (schema as { readonly endpoint?: { readonly paths?: readonly unknown[] } } | null | undefined)?.endpoint?.paths?.[0];
  if (typeof path !== 'string') throw new InvalidArgumentError('endpointBaseUrl', 'schema', 'is not an endpoint schema');
  return `https://api.partnercenter.microsoft.com${path.startsWith('/partner/') ? path : `/partner${path}`}`;
}
