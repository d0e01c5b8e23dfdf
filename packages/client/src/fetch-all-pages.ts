import { RetryBudget, type RetryPolicy } from './backoff.js';
import type { Clock } from './clock.js';
import { ResponseFormatError, type RequestContext } from './errors.js';
import { fetchPage } from './fetch-page.js';
import type { ClientRow } from './read-page.js';

/**
 * Where a query call is, told to `onProgress` after every page and before every retry.
 *
 * @example
 * ```ts
 * const progress: Progress = { pages: 2, rows: 20000, totalCount: 51234, bytes: 9_000_000, retries: 1, waitingMs: 0 };
 * ```
 */
export interface Progress {
  readonly pages: number;
  readonly rows: number;
  /** The first page's `TotalCount`, once known. */
  readonly totalCount: number | undefined;
  /** Body bytes received. */
  readonly bytes: number;
  /** Retries so far, over all pages. */
  readonly retries: number;
  /** The wait before the retry being announced; 0 after a page. */
  readonly waitingMs: number;
  /** Why the page is asked for again, when a retry is being announced. */
  readonly retrying?: string;
}

/**
 * One query call's settings, as {@link fetchAllPages} takes them.
 *
 * @example
 * ```ts
 * fetchAllPages({ url, origin: 'http://127.0.0.1:8080', skip: 0, fetch, token, clock: SYSTEM_CLOCK, random: Math.random, policy: DEFAULT_RETRY_POLICY, newId, signal: undefined, onProgress: undefined });
 * ```
 */
export interface PagingCall {
  readonly url: string;
  /** Next links must stay on this origin: the token is sent to it and nowhere else. */
  readonly origin: string;
  /** The query's `skip`: the result holds `TotalCount - skip` rows from here on. */
  readonly skip: number;
  readonly fetch: typeof globalThis.fetch;
  readonly token: () => Promise<string>;
  readonly clock: Clock;
  readonly random: () => number;
  readonly policy: RetryPolicy;
  readonly newId: () => string;
  readonly signal: AbortSignal | undefined;
  readonly onProgress: ((progress: Progress) => void) | undefined;
}

/**
 * The rows of every page, from `url` through each `@nextLink` until it is null. Each page is
 * fetched whole (retries included) before its rows are handed over, so a retry never repeats or
 * drops a row. It stops with a {@link ResponseFormatError} rather than return a wrong result: a
 * next link to another origin or one already followed, a `204` after a next link promised rows, or
 * a row count that differs from `TotalCount` (docs/client.md, "Paging").
 *
 * @example
 * ```ts
 * for await (const row of fetchAllPages(call)) console.log(row);
 * ```
 */
export async function* fetchAllPages(call: PagingCall): AsyncGenerator<ClientRow, void, undefined> {
  const budget = new RetryBudget(call.policy);
  const seen = new Set<string>();
  let url = call.url;
  let pages = 0;
  let rows = 0;
  let bytes = 0;
  let retries = 0;
  let totalCount: number | undefined;
  const progress = (waitingMs: number, retrying?: string): void =>
    call.onProgress?.({ pages, rows, totalCount, bytes, retries, waitingMs, ...(retrying !== undefined ? { retrying } : {}) });
  for (;;) {
    if (call.signal?.aborted) throw call.signal.reason;
    seen.add(url);
    const fetched = await fetchPage({
      ...call, url, budget,
      onRetry: (reason, waitMs) => {
        retries++;
        progress(waitMs, reason);
      },
    });
    const { page, context } = fetched;
    if (fetched.noContent && pages > 0) throw new ResponseFormatError('the service answered 204 No Content for a page its @nextLink promised', context);
    budget.earn();
    pages++;
    rows += page.rows.length;
    bytes += fetched.bytes;
    totalCount ??= page.totalCount;
    progress(0);
    yield* page.rows;
    if (page.nextLink === null) return checkCount(rows, totalCount, call.skip, context);
    url = nextUrl(page.nextLink, url, call.origin, seen, context);
  }
}

function nextUrl(link: string, current: string, origin: string, seen: ReadonlySet<string>, context: RequestContext): string {
  let next: URL;
  try {
    next = new URL(link, current);
  } catch {
    throw new ResponseFormatError(`the @nextLink ${JSON.stringify(link)} is not a URL`, context);
  }
  if (next.origin !== origin) throw new ResponseFormatError(`the @nextLink leads to another origin (${next.origin}); the token is not sent there`, context);
  if (seen.has(next.href)) throw new ResponseFormatError(`the @nextLink leads back to a page already fetched (${next.href})`, context);
  return next.href;
}

function checkCount(rows: number, totalCount: number | undefined, skip: number, context: RequestContext): void {
  if (totalCount === undefined) return;
  const expected = Math.max(0, totalCount - skip);
  if (rows !== expected) throw new ResponseFormatError(`${rows} rows were fetched but TotalCount promised ${expected}`, context);
}
