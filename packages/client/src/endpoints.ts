import { ENDPOINT_IDS, endpointSchema, type EndpointId } from '@pcaq/core';

/** The base URL is the service's `/partner` root (docs/client.md), so a path is the form without that prefix. */
function pathBelowPartnerRoot(id: EndpointId): string {
  const { paths } = endpointSchema(id).endpoint;
  return paths.find((path) => !path.toLowerCase().startsWith('/partner/')) ?? paths[0]!;
}

/**
 * The endpoints the client knows, by name: the path each is served at, relative to the base URL.
 * Derived from core's one endpoint registry (`ENDPOINT_SCHEMAS`, docs/endpoints.md), so every
 * endpoint of the analytics family is a row here (docs/client.md, "Endpoints").
 *
 * @example
 * ```ts
 * ENDPOINTS['license-usage'].path; // '/v1/analytics/commercial/usage/license/'
 * ENDPOINTS.subscriptions.path; // '/v1/analytics/subscriptions'
 * ```
 */
export const ENDPOINTS: Readonly<Record<EndpointId, { readonly path: string }>> = Object.freeze(
  Object.fromEntries(ENDPOINT_IDS.map((id) => [id, Object.freeze({ path: pathBelowPartnerRoot(id) })])) as Record<EndpointId, { readonly path: string }>,
);

/**
 * The name of an endpoint in {@link ENDPOINTS}.
 *
 * @example
 * ```ts
 * const endpoint: EndpointName = 'license-usage';
 * ```
 */
export type EndpointName = EndpointId;

/**
 * Whether `name` names an endpoint of {@link ENDPOINTS}.
 *
 * @example
 * ```ts
 * isEndpointName('license-usage'); // true
 * isEndpointName('orders'); // false
 * ```
 */
export function isEndpointName(name: unknown): name is EndpointName {
  return typeof name === 'string' && Object.hasOwn(ENDPOINTS, name);
}
