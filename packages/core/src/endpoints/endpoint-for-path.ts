import { InvalidArgumentError } from '../invalid-argument.js';
import { ENDPOINT_SCHEMAS, type EndpointSchema } from './registry.js';

/** A path without its trailing slash, lower case: the form paths are compared in. */
function comparable(path: string): string {
  const lower = path.toLowerCase();
  return lower.length > 1 && lower.endsWith('/') ? lower.slice(0, -1) : lower;
}

/** Every documented path form in comparable form, longest first, with its schema. */
const PATH_FORMS: readonly (readonly [string, EndpointSchema])[] = Object.values(ENDPOINT_SCHEMAS)
  .flatMap((schema) => schema.endpoint.paths.map((path) => [comparable(path), schema] as const))
  .sort(([a], [b]) => b.length - a.length);

/**
 * The schema of the endpoint a request path names, or `undefined` for a path of no known
 * endpoint. A path matches a documented form ignoring case and one trailing slash, with or
 * without the `/partner` prefix, and also when a gateway's prefix comes before it
 * (`/api/partner/v1/analytics/search`): docs/endpoints.md, "Decisions".
 *
 * @throws InvalidArgumentError when `pathname` is not a string.
 * @example
 * ```ts
 * endpointForPath('/partner/v1/analytics/subscriptions/')?.endpoint.id; // 'subscriptions'
 * endpointForPath('/V1/Analytics/Commercial/Usage/License')?.endpoint.id; // 'license-usage'
 * endpointForPath('/v1/analytics/orders'); // undefined
 * ```
 */
export function endpointForPath(pathname: string): EndpointSchema | undefined {
  if (typeof pathname !== 'string') throw new InvalidArgumentError('endpointForPath', 'pathname', 'is not a string');
  const path = comparable(pathname);
  for (const [form, schema] of PATH_FORMS) {
    // Every form starts with '/', so a suffix match always starts at a segment boundary.
    if (path.endsWith(form)) return schema;
  }
  return undefined;
}
