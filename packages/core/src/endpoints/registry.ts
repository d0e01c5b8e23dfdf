import { LICENSE_USAGE_SCHEMA, type EndpointDefinition, type Schema } from '../schema.js';
import { AZURE_USAGE_SCHEMA } from './azure-usage.js';
import { INDIRECT_RESELLERS_SCHEMA } from './indirect-resellers.js';
import { LICENSE_DEPLOYMENT_SCHEMA } from './license-deployment.js';
import { REFERRALS_SCHEMA } from './referrals.js';
import { SEARCH_SCHEMA } from './search.js';
import { SUBSCRIPTIONS_SCHEMA } from './subscriptions.js';

/**
 * A schema that is served at an endpoint (every entry of {@link ENDPOINT_SCHEMAS}).
 *
 * @example
 * ```ts
 * const schema: EndpointSchema = ENDPOINT_SCHEMAS.subscriptions;
 * schema.endpoint.auth; // 'user'
 * ```
 */
export interface EndpointSchema extends Schema {
  readonly endpoint: EndpointDefinition;
}

/** Freezes `value` and everything it holds: the schemas are shared by every stage, so none may change them. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Every analytics endpoint's schema by its id (the CLI's `--endpoint NAME`), in the order of
 * docs/endpoints.md. Adding an endpoint adds a row here; no code path names an endpoint.
 *
 * @example
 * ```ts
 * Object.keys(ENDPOINT_SCHEMAS); // ['license-usage', 'license-deployment', 'subscriptions', ...]
 * ENDPOINT_SCHEMAS['azure-usage'].endpoint.parameters; // ['aggregationLevel', 'orderby']
 * ```
 */
export const ENDPOINT_SCHEMAS = deepFreeze({
  'license-usage': LICENSE_USAGE_SCHEMA,
  'license-deployment': LICENSE_DEPLOYMENT_SCHEMA,
  subscriptions: SUBSCRIPTIONS_SCHEMA,
  'azure-usage': AZURE_USAGE_SCHEMA,
  'indirect-resellers': INDIRECT_RESELLERS_SCHEMA,
  referrals: REFERRALS_SCHEMA,
  search: SEARCH_SCHEMA,
} as const satisfies Readonly<Record<string, EndpointSchema>>);

/**
 * The id of an endpoint of {@link ENDPOINT_SCHEMAS}.
 *
 * @example
 * ```ts
 * const id: EndpointId = 'indirect-resellers';
 * ```
 */
export type EndpointId = keyof typeof ENDPOINT_SCHEMAS;

/**
 * The ids of {@link ENDPOINT_SCHEMAS}, in order.
 *
 * @example
 * ```ts
 * ENDPOINT_IDS[0]; // 'license-usage'
 * ```
 */
export const ENDPOINT_IDS: readonly EndpointId[] = Object.freeze(Object.keys(ENDPOINT_SCHEMAS) as EndpointId[]);

/**
 * Whether `id` is the id of an endpoint of {@link ENDPOINT_SCHEMAS} (exactly as written: ids are lower case).
 *
 * @example
 * ```ts
 * isEndpointId('search'); // true
 * isEndpointId('Search'); // false
 * ```
 */
export function isEndpointId(id: unknown): id is EndpointId {
  return typeof id === 'string' && Object.hasOwn(ENDPOINT_SCHEMAS, id);
}

/**
 * The schema of the endpoint `id`, or `undefined` when no endpoint has that id (a caller names
 * the known ones with {@link ENDPOINT_IDS}).
 *
 * @example
 * ```ts
 * endpointSchema('subscriptions')?.endpoint.paths[0]; // '/partner/v1/analytics/subscriptions'
 * endpointSchema('orders'); // undefined
 * ```
 */
export function endpointSchema<Id extends EndpointId>(id: Id): (typeof ENDPOINT_SCHEMAS)[Id];
export function endpointSchema(id: string): EndpointSchema | undefined;
export function endpointSchema(id: string): EndpointSchema | undefined {
  return isEndpointId(id) ? ENDPOINT_SCHEMAS[id] : undefined;
}
