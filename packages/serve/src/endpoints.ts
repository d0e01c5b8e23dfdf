import { ENDPOINT_IDS, endpointSchema, type EndpointSchema } from '@pcaq/core';

/**
 * An endpoint `pcaq serve` answers: its name on the command line and the paths it answers on.
 *
 * @example
 * ```ts
 * import { ENDPOINTS } from '@pcaq/serve';
 * const endpoint: ServedEndpoint = ENDPOINTS['license-usage']!;
 * endpoint.paths[0]; // '/v1/analytics/commercial/usage/license'
 * ```
 */
export interface ServedEndpoint {
  readonly name: string;
  /** Every documented path form, lower case; a request matches one ignoring case and a trailing slash. */
  readonly paths: readonly string[];
  /** Its schema: requests are checked and rows read and evaluated by it. */
  readonly schema: EndpointSchema;
}

/**
 * The endpoints served: every endpoint of the family, since the evaluator answers them all
 * (docs/evaluation.md, "The analytics family").
 */
const SERVED = ENDPOINT_IDS;

/** A documented path in the form requests are compared in: lower case, no trailing slash. */
function comparablePath(path: string): string {
  const lower = path.toLowerCase();
  return lower.endsWith('/') ? lower.slice(0, -1) : lower;
}

/**
 * The endpoints that can be served, by name, derived from core's one endpoint registry
 * (`ENDPOINT_SCHEMAS`, docs/endpoints.md): one table, so that the other analytics endpoints plug
 * in as rows (docs/serve.md, "Endpoints").
 *
 * @example
 * ```ts
 * import { ENDPOINTS } from '@pcaq/serve';
 * Object.keys(ENDPOINTS); // ['license-usage', 'license-deployment', 'subscriptions', ...]
 * ```
 */
export const ENDPOINTS: Readonly<Record<string, ServedEndpoint>> = Object.freeze(
  Object.fromEntries(SERVED.map((id) => [id, Object.freeze({ name: id, paths: Object.freeze(endpointSchema(id).endpoint.paths.map(comparablePath)), schema: endpointSchema(id) as EndpointSchema })])),
);

/**
 * The default endpoint's name.
 *
 * @example
 * ```ts
 * import { ENDPOINTS } from '@pcaq/serve';
 * ENDPOINTS[DEFAULT_ENDPOINT]; // the licence-usage endpoint
 * ```
 */
export const DEFAULT_ENDPOINT = 'license-usage';

/**
 * Whether `pathname` (as requested, before any decoding) is one of the endpoint's path forms:
 * with or without `/partner`, with or without a trailing slash, in any case (the service's
 * routing ignores case).
 *
 * @example
 * ```ts
 * import { ENDPOINTS } from '@pcaq/serve';
 * matchesEndpoint(ENDPOINTS['license-usage']!, '/partner/v1/analytics/commercial/usage/license/'); // true
 * matchesEndpoint(ENDPOINTS['license-usage']!, '/v1/analytics/commercial/usage'); // false
 * ```
 */
export function matchesEndpoint(endpoint: ServedEndpoint, pathname: string): boolean {
  const bare = (pathname.endsWith('/') ? pathname.slice(0, -1) : pathname).toLowerCase();
  return endpoint.paths.includes(bare);
}
