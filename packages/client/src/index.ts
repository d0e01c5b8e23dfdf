/**
 * The pcaq client: fetches the Partner Center analytics endpoints (or `pcaq serve`) with `fetch`
 * only, so it runs in browsers as in Node. Queries are linted before they are sent; pages are
 * followed through `@nextLink`; throttling and failures are retried as the service asks
 * (docs/client.md).
 *
 * @packageDocumentation
 */
export { createClient, type Client, type ClientOptions, type QueryCallOptions, type QueryRows } from './create-client.js';
export { ENDPOINTS, isEndpointName, type EndpointName } from './endpoints.js';
export { InvalidQueryError, NetworkError, PcaqClientError, ResponseFormatError, ServiceError, type RequestContext } from './errors.js';
export { DEFAULT_RETRY_POLICY, backoffDelayMs, RetryBudget, type RetryPolicy } from './backoff.js';
export { retryAfterMs } from './retry-after.js';
export { readPage, type ClientRow, type Page } from './read-page.js';
export { parseExactJson } from './exact-json.js';
export { SYSTEM_CLOCK, type Clock } from './clock.js';
export type { Progress } from './fetch-all-pages.js';
