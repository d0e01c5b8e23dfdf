import { backoffDelayMs, type RetryBudget, type RetryPolicy } from './backoff.js';
import type { Clock } from './clock.js';
import { NetworkError, PcaqClientError, ResponseFormatError, ServiceError, type RequestContext } from './errors.js';
import { readPage, type Page } from './read-page.js';
import { retryAfterMs } from './retry-after.js';

/** Statuses worth asking again for a GET (docs/client.md, "Retries"). */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/**
 * What {@link fetchPage} needs: the request and the call's shared machinery.
 *
 * @example
 * ```ts
 * const request: PageRequest = { url, fetch, token: async () => 't', clock: SYSTEM_CLOCK, random: Math.random, policy: DEFAULT_RETRY_POLICY, budget, newId: () => crypto.randomUUID() };
 * ```
 */
export interface PageRequest {
  readonly url: string;
  readonly fetch: typeof globalThis.fetch;
  readonly token: () => Promise<string>;
  readonly clock: Clock;
  readonly random: () => number;
  readonly policy: RetryPolicy;
  readonly budget: RetryBudget;
  readonly newId: () => string;
  readonly signal?: AbortSignal | undefined;
  /** Told before each wait: why the page is asked for again, and for how long the client waits. */
  readonly onRetry?: ((reason: string, waitMs: number) => void) | undefined;
}

/**
 * A page fetched, with the ids it was fetched under; `noContent` when the service answered
 * `204 No Content` without a `Retry-After`.
 *
 * @example
 * ```ts
 * const { page, context } = await fetchPage(request);
 * ```
 */
export interface FetchedPage {
  readonly page: Page;
  readonly context: RequestContext;
  readonly bytes: number;
  readonly noContent: boolean;
}

/** An attempt's end: a page, or an error with why to try again (`retry` undefined: do not). */
type Attempt = { readonly done: FetchedPage } | { readonly retry?: string; readonly waitMs?: number | undefined; readonly fail: PcaqClientError };

/**
 * Fetches one page, asking again on `408`, `429`, `500`, `502`, `503`, `504`, a `204` with a
 * `Retry-After`, a failed connection and a body cut short: after the `Retry-After` when there is
 * one, else after a capped, jittered backoff, within the per-request and per-call budgets. Every
 * attempt carries the same `MS-RequestId` and a fresh `MS-CorrelationId`. An abort rejects with
 * the signal's reason, at once, even mid-wait.
 *
 * @throws ServiceError, NetworkError or ResponseFormatError when the page cannot be had.
 * @example
 * ```ts
 * const { page } = await fetchPage({ ...request, url: 'http://127.0.0.1:8080/v1/analytics/commercial/usage/license/?top=100' });
 * ```
 */
export async function fetchPage(request: PageRequest): Promise<FetchedPage> {
  const requestId = request.newId();
  for (let attempts = 1; ; attempts++) {
    const context: RequestContext = { url: request.url, requestId, correlationId: request.newId(), attempts };
    const outcome = await attempt(request, context);
    if ('done' in outcome) return outcome.done;
    const retries = attempts - 1;
    if (outcome.retry === undefined || retries >= request.policy.maxRetriesPerRequest || !request.budget.take()) throw outcome.fail;
    const waitMs = outcome.waitMs ?? backoffDelayMs(retries, request.policy, request.random);
    if (waitMs > request.policy.maxRetryAfterMs) throw outcome.fail;
    request.onRetry?.(outcome.retry, waitMs);
    await request.clock.sleep(waitMs, request.signal);
  }
}

async function attempt(request: PageRequest, context: RequestContext): Promise<Attempt> {
  const { signal } = request;
  const headers = {
    Accept: 'application/json',
    Authorization: `Bearer ${await request.token()}`,
    'MS-RequestId': context.requestId,
    'MS-CorrelationId': context.correlationId,
  };
  let response: Response;
  try {
    response = await request.fetch(request.url, { method: 'GET', headers, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { retry: 'the connection failed', fail: new NetworkError('the request failed', context, error) };
  }
  const retryAfter = retryAfterMs(response.headers.get('Retry-After'), request.clock.now());
  if (response.status === 204) {
    await response.body?.cancel().catch(() => undefined);
    if (retryAfter === undefined) return { done: { page: { rows: [], nextLink: null, totalCount: undefined }, context, bytes: 0, noContent: true } };
    return { retry: '204 No Content with Retry-After', waitMs: retryAfter, fail: new ServiceError('the service kept answering 204 No Content with Retry-After', 204, '', context, retryAfter) };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { retry: 'the body was cut short', fail: new NetworkError('the response body was cut short', context, error) };
  }
  if (!response.ok) {
    const text = new TextDecoder().decode(bytes);
    const fail = new ServiceError(`the service answered ${response.status}${statusText(response)}`, response.status, text, context, retryAfter);
    return RETRYABLE_STATUSES.has(response.status) ? { retry: `status ${response.status}`, waitMs: retryAfter, fail } : { fail };
  }
  const page = readPage(bytes);
  if (typeof page !== 'string') return { done: { page, context, bytes: bytes.length, noContent: false } };
  const fail = new ResponseFormatError(`the response is not the service's envelope: ${page}`, context);
  // A body that does not parse is most often one cut short by a reset the transport did not report.
  return page.startsWith('the body is not') ? { retry: 'the body did not parse', fail } : { fail };
}

function statusText(response: Response): string {
  return response.statusText === '' ? '' : ` ${response.statusText}`;
}
