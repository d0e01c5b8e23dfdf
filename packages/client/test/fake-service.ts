import { type Row } from '@pcaq/evaluator';
import { evaluateText } from './evaluate-text.js';
import { decodeQuery } from '@pcaq/printer';

/** What the fake service does to one request instead of answering it plainly. */
export type FakeFault =
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter?: string; readonly body?: string }
  | { readonly kind: 'no-content'; readonly retryAfter?: string }
  | { readonly kind: 'refuse' }
  | { readonly kind: 'reset' }
  | { readonly kind: 'bom' }
  | { readonly kind: 'license-active' };

/** A request as the fake saw it. */
export interface SeenRequest {
  readonly url: string;
  readonly page: number;
  readonly attempt: number;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * A `fetch` that answers as `pcaq serve` would, from `rows`, through the evaluator; `faults` picks
 * the faults of each request from its page (1-based) and its attempt at that page.
 */
export function fakeService(
  rows: readonly Row[],
  faults: (page: number, attempt: number) => readonly FakeFault[] = () => [],
): { fetch: typeof globalThis.fetch; seen: SeenRequest[] } {
  const seen: SeenRequest[] = [];
  const attempts = new Map<string, number>();
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const decoded = decodeQuery(url.search);
    const top = Number(decoded.query.top ?? 10_000);
    const page = Math.floor(Number(decoded.query.skip ?? 0) / top) + 1;
    const attempt = (attempts.get(url.href) ?? 0) + 1;
    attempts.set(url.href, attempt);
    seen.push({ url: url.href, page, attempt, headers });
    const chosen = faults(page, attempt);
    const status = chosen.find((f) => f.kind === 'status' || f.kind === 'no-content' || f.kind === 'refuse');
    if (status?.kind === 'refuse') throw new TypeError('fetch failed: connection refused');
    if (status?.kind === 'no-content') return new Response(null, { status: 204, headers: status.retryAfter ? { 'Retry-After': status.retryAfter } : {} });
    if (status?.kind === 'status') {
      return new Response(status.body ?? `{"statusCode": ${status.status}, "message": "Try again."}`, {
        status: status.status,
        headers: { 'Content-Type': 'application/json', ...(status.retryAfter !== undefined ? { 'Retry-After': status.retryAfter } : {}) },
      });
    }
    const outcome = evaluateText([...rows], decoded.query, { basePath: url.pathname });
    if (!outcome.ok) return new Response(JSON.stringify({ code: 400, description: 'bad query', data: outcome.diagnostics, source: 'pcaq' }), { status: 400 });
    let value: unknown[] = outcome.value;
    if (chosen.some((f) => f.kind === 'license-active')) value = outcome.value.map(({ licensesActive, ...rest }) => ({ licenseActive: licensesActive, ...rest }));
    let text = JSON.stringify({ Value: value, '@nextLink': outcome.nextLink, TotalCount: outcome.totalCount });
    if (chosen.some((f) => f.kind === 'bom')) text = `\uFEFF${text}`;
    const bytes = new TextEncoder().encode(text);
    if (chosen.some((f) => f.kind === 'reset')) {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.slice(0, bytes.length >> 1));
          controller.error(new TypeError('terminated: other side closed'));
        },
      });
      return new Response(body, { status: 200 });
    }
    return new Response(bytes, { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}

/** A clock that never waits: `sleep` moves virtual time on and records the wait. */
export function virtualClock(start = Date.UTC(2026, 10, 29, 8, 0, 0)): { now(): number; sleep(ms: number, signal?: AbortSignal): Promise<void>; waits: number[] } {
  let now = start;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      waits.push(ms);
      now += ms;
    },
  };
}

/** Counting ids, so tests can tell which attempt carried which. */
export function countingIds(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

/** `count` license-usage rows of one processed date. */
export function sampleRows(count: number): Row[] {
  return Array.from({ length: count }, (_, i) => ({
    workloadCode: ['SFB', 'SPO', 'EXO'][i % 3] ?? 'SFB',
    workloadName: 'w',
    serviceCode: 's',
    serviceName: 's',
    channel: i % 2 === 0 ? 'reseller' : 'direct',
    customerTenantId: `0112a436-b14e-4888-967b-ca4bb2cf${String(i % 10_000).padStart(4, '0')}`,
    customerName: `customer ${i}`,
    productId: '1112a436-b14e-4888-967b-ca4bb2cf1234',
    productName: 'p',
    licensesActive: i % 7,
    licensesQualified: i % 11,
    processedDateTime: '2026-11-01T00:00:00',
  }));
}
