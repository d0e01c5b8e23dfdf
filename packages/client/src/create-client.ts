import { InvalidArgumentError, endpointSchema, isCheckedQuery, type CheckedQuery, type Diagnostic, type Query } from '@pcaq/core';
import { checkQuery } from '@pcaq/linter';
import { formatRequestUrl, requestOf } from '@pcaq/printer';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './backoff.js';
import { SYSTEM_CLOCK, type Clock } from './clock.js';
import { ENDPOINTS, isEndpointName, type EndpointName } from './endpoints.js';
import { InvalidQueryError } from './errors.js';
import { fetchAllPages, type Progress } from './fetch-all-pages.js';
import type { ClientRow } from './read-page.js';

/**
 * How a client reaches the service.
 *
 * @example
 * ```ts
 * declare function acquireToken(): Promise<string>;
 * const options: ClientOptions = { baseUrl: 'https://api.partnercenter.microsoft.com/partner', getToken: () => acquireToken() };
 * ```
 */
export interface ClientOptions {
  /** The service root the endpoint paths are appended to, e.g. `https://api.partnercenter.microsoft.com/partner`. */
  readonly baseUrl: string;
  /** A bearer token; give this or `getToken`. */
  readonly token?: string;
  /** Called before every attempt, so a token can be renewed during a long export. */
  readonly getToken?: () => string | Promise<string>;
  /** The `fetch` to use; default the global one (browsers, Node 18+, Deno, Bun). */
  readonly fetch?: typeof globalThis.fetch;
  /** Changes to {@link DEFAULT_RETRY_POLICY}. */
  readonly retry?: Partial<RetryPolicy>;
  /** The retry clock; default the real one. Tests give one that does not wait. */
  readonly clock?: Clock;
  /** Numbers in [0, 1) for the backoff's jitter; default `Math.random`. */
  readonly random?: () => number;
  /** New `MS-RequestId` and `MS-CorrelationId` values; default `crypto.randomUUID`. */
  readonly newId?: () => string;
}

/**
 * Options of one {@link Client.query} call.
 *
 * @example
 * ```ts
 * const call: QueryCallOptions = { signal: AbortSignal.timeout(60_000), onProgress: (p) => console.error(p.rows) };
 * ```
 */
export interface QueryCallOptions {
  /** Aborts the call: iteration rejects with the signal's reason, even during a wait. */
  readonly signal?: AbortSignal;
  /** Told after every page and before every retry. */
  readonly onProgress?: (progress: Progress) => void;
}

/**
 * The rows of a query, fetched page by page as they are iterated. `ok` false: the query has
 * errors, `diagnostics` says which, nothing is sent, and iterating rejects with an
 * {@link InvalidQueryError}. `diagnostics` also holds the warnings of a query that is sent.
 *
 * @example
 * ```ts
 * declare const client: Client;
 * const rows = client.query('license-usage', { filter: "channel eq 'Reseller'" });
 * if (!rows.ok) console.error(rows.diagnostics);
 * else for await (const row of rows) console.log(row);
 * ```
 */
export interface QueryRows extends AsyncIterable<ClientRow> {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  /** The first request's URL (undefined when the query has errors). */
  readonly url: string | undefined;
}

/**
 * A client of the analytics endpoints; see {@link createClient}.
 *
 * @example
 * ```ts
 * const client: Client = createClient({ baseUrl: 'http://127.0.0.1:8080', token: 'dev' });
 * ```
 */
export interface Client {
  /**
   * Checks `query` (a checked query is taken as it is), then (when it has no errors) fetches every
   * page of its result from `endpoint`.
   */
  query(endpoint: EndpointName, query: Query | CheckedQuery, options?: QueryCallOptions): QueryRows;
}

/**
 * Makes a client. It uses `fetch` only, so it runs in browsers as in Node. Each query is linted
 * before it is sent; pages are followed through `@nextLink` (resolved against the request URL,
 * kept on the base URL's origin so the token never leaves it) until the end; `429`, `503`, `204`
 * with `Retry-After` and network failures are retried as docs/client.md, "Retries" says.
 *
 * @throws InvalidArgumentError when `options` is not an object, `baseUrl` is not an http(s) URL, or not exactly one of
 * `token` and `getToken` is given.
 * @example
 * ```ts
 * const client = createClient({ baseUrl: 'http://127.0.0.1:8080', token: process.env.PCAQ_TOKEN });
 * for await (const row of client.query('license-usage', { groupby: 'channel', top: 1000 })) console.log(row);
 * ```
 */
export function createClient(options: ClientOptions): Client {
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError('createClient', 'options', 'is not an object');
  const base = parseBaseUrl(options.baseUrl);
  const getToken = tokenSource(options);
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const clock = options.clock ?? SYSTEM_CLOCK;
  const random = options.random ?? Math.random;
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  return {
    query(endpoint, query, call = {}) {
      if (!isEndpointName(endpoint)) {
        throw new InvalidArgumentError('client.query', 'endpoint', `is not one of ${Object.keys(ENDPOINTS).join(', ')}`);
      }
      // Text is checked once here, against the endpoint's own fields (docs/client.md, "Endpoints"); a checked
      // query is sent as it stands for (docs/architecture.md, "The checked query").
      const { checked, diagnostics } = isCheckedQuery(query) ? { checked: query, diagnostics: [] } : checkQuery(query, { schema: endpointSchema(endpoint) });
      if (checked === undefined) {
        return {
          ok: false,
          diagnostics,
          url: undefined,
          [Symbol.asyncIterator]: () => rejecting(new InvalidQueryError(diagnostics)),
        };
      }
      // Text goes out as given (a `skip=0` the caller wrote stays); a checked query from code is printed.
      const url = formatRequestUrl(isCheckedQuery(query) ? requestOf(query) : query, base + ENDPOINTS[endpoint].path);
      const skip = checked.skip;
      return {
        ok: true,
        diagnostics,
        url,
        [Symbol.asyncIterator]: () =>
          fetchAllPages({ url, origin: new URL(base).origin, skip, fetch: fetchImpl, token: getToken, clock, random, policy, newId, signal: call.signal, onProgress: call.onProgress }),
      };
    },
  };
}

function parseBaseUrl(baseUrl: unknown): string {
  let url: URL | undefined;
  try {
    url = typeof baseUrl === 'string' ? new URL(baseUrl) : undefined;
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '') {
    throw new InvalidArgumentError('createClient', 'baseUrl', 'is not an http(s) URL without a query or fragment');
  }
  return url.href.replace(/\/+$/, '');
}

function tokenSource(options: ClientOptions): () => Promise<string> {
  const { token, getToken } = options;
  if ((token === undefined) === (getToken === undefined)) {
    throw new InvalidArgumentError('createClient', 'token', 'give exactly one of token and getToken');
  }
  if (getToken !== undefined) return async () => String(await getToken());
  if (typeof token !== 'string' || token === '') throw new InvalidArgumentError('createClient', 'token', 'is not a non-empty string');
  return async () => token;
}

function rejecting(error: Error): AsyncIterator<ClientRow> {
  return { next: () => Promise.reject(error) };
}
