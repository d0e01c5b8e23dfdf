import { LICENSE_USAGE_PATH } from '@pcaq/core';

/**
 * The endpoints the client knows, by name: the path each is served at, relative to the base URL.
 * One table, so the analytics family's other endpoints plug in as rows (docs/client.md, "Endpoints").
 *
 * @example
 * ```ts
 * ENDPOINTS['license-usage'].path; // '/v1/analytics/commercial/usage/license/'
 * ```
 */
export const ENDPOINTS = Object.freeze({
  'license-usage': Object.freeze({ path: LICENSE_USAGE_PATH }),
});

/**
 * The name of an endpoint in {@link ENDPOINTS}.
 *
 * @example
 * ```ts
 * const endpoint: EndpointName = 'license-usage';
 * ```
 */
export type EndpointName = keyof typeof ENDPOINTS;

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
