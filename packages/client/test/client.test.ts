import { describe, expect, it } from 'vitest';
import { createClient, InvalidQueryError, NetworkError, ResponseFormatError, ServiceError, type ClientOptions, type Progress } from '../src/index.js';
import { evaluateText } from './evaluate-text.js';
import { countingIds, fakeService, sampleRows, virtualClock, type FakeFault } from './fake-service.js';

const BASE = 'http://127.0.0.1:9';
const rows = sampleRows(25);

function clientOf(fetch: typeof globalThis.fetch, extra: Partial<ClientOptions> = {}) {
  const clock = virtualClock();
  const client = createClient({ baseUrl: BASE, token: 't0k', fetch, clock, random: () => 0.5, newId: countingIds(), ...extra });
  return { client, clock };
}

async function collect(iterable: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const row of iterable) out.push(row);
  return out;
}

function everyRow() {
  const outcome = evaluateText(rows, {}, { all: true });
  if (!outcome.ok) throw new Error('sample rows do not evaluate');
  return outcome.value;
}

describe('paging', () => {
  it('follows @nextLink until the end and returns every row once, in order', async () => {
    const service = fakeService(rows);
    const { client } = clientOf(service.fetch);
    expect(await collect(client.query('license-usage', { top: 10 }))).toEqual(everyRow());
    expect(service.seen.map((r) => r.page)).toEqual([1, 2, 3]);
  });

  it('resolves a relative next link against the request URL, keeping a base path', async () => {
    const service = fakeService(rows);
    const { client } = clientOf(service.fetch, { baseUrl: `${BASE}/partner/` });
    await collect(client.query('license-usage', { top: 20 }));
    expect(service.seen.map((r) => new URL(r.url).pathname)).toEqual(['/partner/v1/analytics/commercial/usage/license/', '/partner/v1/analytics/commercial/usage/license/']);
  });

  it('refuses a next link to another origin, so the token never leaves the base URL', async () => {
    const fetch = (async () => Response.json({ Value: [{ a: 1 }], '@nextLink': 'https://evil.example/v1/x?skip=1', TotalCount: 2 })) as typeof globalThis.fetch;
    const { client } = clientOf(fetch);
    await expect(collect(client.query('license-usage', {}))).rejects.toThrow(ResponseFormatError);
  });

  it('refuses a next link back to a page already fetched instead of looping', async () => {
    const fetch = (async (url: string) => Response.json({ Value: [{ a: 1 }], '@nextLink': new URL(url).pathname + new URL(url).search, TotalCount: 9 })) as typeof globalThis.fetch;
    const { client } = clientOf(fetch);
    await expect(collect(client.query('license-usage', {}))).rejects.toThrow(/already fetched/);
  });

  it('refuses a result whose row count differs from TotalCount', async () => {
    const fetch = (async () => Response.json({ Value: [{ a: 1 }], '@nextLink': null, TotalCount: 2 })) as typeof globalThis.fetch;
    const { client } = clientOf(fetch);
    await expect(collect(client.query('license-usage', {}))).rejects.toThrow(/1 rows were fetched but TotalCount promised 2/);
  });

  it('reads 204 No Content without Retry-After on the first page as an empty result', async () => {
    const service = fakeService(rows, () => [{ kind: 'no-content' }]);
    const { client } = clientOf(service.fetch);
    expect(await collect(client.query('license-usage', {}))).toEqual([]);
  });

  it('refuses 204 No Content without Retry-After on a page a next link promised', async () => {
    const service = fakeService(rows, (page) => (page === 2 ? [{ kind: 'no-content' }] : []));
    const { client } = clientOf(service.fetch);
    await expect(collect(client.query('license-usage', { top: 10 }))).rejects.toThrow(/204 No Content for a page its @nextLink promised/);
  });

  it('counts the rows from skip on against TotalCount', async () => {
    const service = fakeService(rows);
    const { client } = clientOf(service.fetch);
    expect(await collect(client.query('license-usage', { top: 10, skip: 5 }))).toEqual(everyRow().slice(5));
  });
});

describe('linting before sending', () => {
  it('never sends a query with errors and gives back its diagnostics', async () => {
    const service = fakeService(rows);
    const { client } = clientOf(service.fetch);
    const result = client.query('license-usage', { filter: 'WorkloadCode EQ "SFB"', top: 0 });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['PCAQ0201', 'PCAQ0401']));
    const error = await collect(result).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidQueryError);
    expect((error as InvalidQueryError).diagnostics).toEqual(result.diagnostics);
    expect(service.seen).toEqual([]);
  });

  it('sends a query with warnings only, and keeps the warnings', async () => {
    const service = fakeService(rows);
    const { client } = clientOf(service.fetch);
    const result = client.query('license-usage', { groupby: 'channel,channel' });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect((await collect(result)).length).toBe(2);
  });
});

describe('retries', () => {
  const cases: [string, FakeFault, number][] = [
    ['429 with Retry-After in seconds', { kind: 'status', status: 429, retryAfter: '7' }, 7000],
    ['429 with Retry-After as an HTTP date', { kind: 'status', status: 429, retryAfter: new Date(Date.UTC(2026, 10, 29, 8, 0, 3)).toUTCString() }, 3000],
    ['503 with Retry-After', { kind: 'status', status: 503, retryAfter: '2' }, 2000],
    ['204 with Retry-After', { kind: 'no-content', retryAfter: '1' }, 1000],
  ];
  for (const [name, fault, wait] of cases) {
    it(`waits what the service asks after ${name}, then gets the page`, async () => {
      const service = fakeService(rows, (_page, attempt) => (attempt === 1 ? [fault] : []));
      const { client, clock } = clientOf(service.fetch);
      expect(await collect(client.query('license-usage', {}))).toEqual(everyRow());
      expect(clock.waits).toEqual([wait]);
    });
  }

  const backoffCases: [string, FakeFault][] = [
    ['a 500', { kind: 'status', status: 500, body: '{"code":500,"description":"internal","data":[],"source":"x"}' }],
    ['a refused connection', { kind: 'refuse' }],
    ['a connection reset mid-body', { kind: 'reset' }],
    ['a 429 without Retry-After', { kind: 'status', status: 429 }],
  ];
  for (const [name, fault] of backoffCases) {
    it(`backs off with capped, jittered exponential waits after ${name}`, async () => {
      const service = fakeService(rows, (_page, attempt) => (attempt <= 3 ? [fault] : []));
      const { client, clock } = clientOf(service.fetch);
      expect(await collect(client.query('license-usage', {}))).toEqual(everyRow());
      // random() = 0.5: half of 500, 1000, 2000 ms.
      expect(clock.waits).toEqual([250, 500, 1000]);
    });
  }

  it('keeps MS-RequestId on every retry of a page and sends a fresh MS-CorrelationId each time', async () => {
    const service = fakeService(rows, (page, attempt) => (attempt <= 2 ? [{ kind: 'status', status: 429, retryAfter: '0' }] : page > 0 ? [] : []));
    const { client } = clientOf(service.fetch);
    await collect(client.query('license-usage', { top: 20 }));
    const ids = service.seen.map((r) => [r.page, r.headers['ms-requestid'], r.headers['ms-correlationid']]);
    const page1 = ids.filter(([p]) => p === 1);
    const page2 = ids.filter(([p]) => p === 2);
    expect(new Set(page1.map(([, r]) => r)).size).toBe(1);
    expect(new Set(page2.map(([, r]) => r)).size).toBe(1);
    expect(page1[0]?.[1]).not.toBe(page2[0]?.[1]);
    const correlations = ids.map(([, , c]) => c);
    expect(new Set(correlations).size).toBe(correlations.length);
    expect(service.seen.every((r) => r.headers['authorization'] === 'Bearer t0k')).toBe(true);
  });

  it('gives up after the per-request retries with a typed error carrying the body and the ids', async () => {
    const service = fakeService(rows, () => [{ kind: 'status', status: 429, retryAfter: '0', body: '{"statusCode": 429, "message": "Rate limit is exceeded. Try again in 0 seconds."}' }]);
    const { client } = clientOf(service.fetch, { retry: { maxRetriesPerRequest: 2 } });
    const error = (await collect(client.query('license-usage', {})).catch((e: unknown) => e)) as ServiceError;
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.status).toBe(429);
    expect(error.body).toEqual({ statusCode: 429, message: 'Rate limit is exceeded. Try again in 0 seconds.' });
    expect(error.context).toMatchObject({ attempts: 3, requestId: service.seen[0]?.headers['ms-requestid'], correlationId: service.seen[2]?.headers['ms-correlationid'] });
    expect(service.seen.length).toBe(3);
  });

  it('stops when the call has spent its retry budget, across pages', async () => {
    const service = fakeService(rows, (_page, attempt) => (attempt <= 2 ? [{ kind: 'status', status: 503, retryAfter: '0' }] : []));
    const { client } = clientOf(service.fetch, { retry: { retryBudget: 3, budgetPerPage: 1 } });
    // Page 1 spends 2 (1 left, +1 earned = 2), page 2 spends 2 (0 left, +1 = 1), page 3 needs 2.
    await expect(collect(client.query('license-usage', { top: 10 }))).rejects.toThrow(ServiceError);
    expect(service.seen.length).toBe(3 + 3 + 2);
  });

  it('does not wait for a Retry-After longer than the policy allows', async () => {
    const service = fakeService(rows, () => [{ kind: 'status', status: 429, retryAfter: '3600' }]);
    const { client, clock } = clientOf(service.fetch);
    const error = (await collect(client.query('license-usage', {})).catch((e: unknown) => e)) as ServiceError;
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(clock.waits).toEqual([]);
  });

  it('does not retry a 400 and gives the service error body with it', async () => {
    const body = { code: 400, description: 'The filter is invalid', data: [{ code: 'PCAQ0201' }], source: 'PartnerCenter' };
    const service = fakeService(rows, () => [{ kind: 'status', status: 400, body: JSON.stringify(body) }]);
    const { client } = clientOf(service.fetch);
    const error = (await collect(client.query('license-usage', {})).catch((e: unknown) => e)) as ServiceError;
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.body).toEqual(body);
    expect(service.seen.length).toBe(1);
  });

  it('reports a connection that keeps failing as a NetworkError with its cause', async () => {
    const service = fakeService(rows, () => [{ kind: 'refuse' }]);
    const { client } = clientOf(service.fetch, { retry: { maxRetriesPerRequest: 1 } });
    const error = (await collect(client.query('license-usage', {})).catch((e: unknown) => e)) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('asks getToken before every attempt', async () => {
    let calls = 0;
    const service = fakeService(rows, (_page, attempt) => (attempt === 1 ? [{ kind: 'status', status: 429, retryAfter: '0' }] : []));
    const client = createClient({ baseUrl: BASE, getToken: async () => `t${++calls}`, fetch: service.fetch, clock: virtualClock(), newId: countingIds() });
    await collect(client.query('license-usage', {}));
    expect(service.seen.map((r) => r.headers['authorization'])).toEqual(['Bearer t1', 'Bearer t2']);
  });
});

describe('bodies', () => {
  it('strips a byte-order mark and reads licenseActive as licensesActive', async () => {
    const service = fakeService(rows, () => [{ kind: 'bom' }, { kind: 'license-active' }]);
    const { client } = clientOf(service.fetch);
    const got = (await collect(client.query('license-usage', {}))) as Record<string, unknown>[];
    expect(got.map((r) => r['licensesActive'])).toEqual(everyRow().map((r) => r['licensesActive']));
    expect(got.some((r) => 'licenseActive' in r)).toBe(false);
  });
});

describe('abort and progress', () => {
  it('rejects with the signal reason when aborted during a wait, and sends nothing more', async () => {
    const controller = new AbortController();
    const service = fakeService(rows, () => [{ kind: 'status', status: 429, retryAfter: '1' }]);
    const clock = virtualClock();
    const client = createClient({
      baseUrl: BASE, token: 't', fetch: service.fetch, newId: countingIds(),
      clock: { now: clock.now, sleep: async (ms, signal) => { controller.abort(new Error('stop')); return clock.sleep(ms, signal); } },
    });
    await expect(collect(client.query('license-usage', {}, { signal: controller.signal }))).rejects.toThrow('stop');
    expect(service.seen.length).toBe(1);
  });

  it('reports progress after each page and before each retry', async () => {
    const service = fakeService(rows, (page, attempt) => (page === 2 && attempt === 1 ? [{ kind: 'status', status: 429, retryAfter: '0' }] : []));
    const { client } = clientOf(service.fetch);
    const seen: Progress[] = [];
    await collect(client.query('license-usage', { top: 10 }, { onProgress: (p) => seen.push(p) }));
    expect(seen.map((p) => [p.pages, p.rows, p.retries, p.retrying ?? null])).toEqual([
      [1, 10, 0, null],
      [1, 10, 1, 'status 429'],
      [2, 20, 1, null],
      [3, 25, 1, null],
    ]);
    expect(seen.every((p) => p.totalCount === undefined || p.totalCount === 25)).toBe(true);
  });
});

describe('createClient', () => {
  it('refuses a base URL that is not http(s) and a missing token', () => {
    expect(() => createClient({ baseUrl: 'ftp://x', token: 't' })).toThrow(TypeError);
    expect(() => createClient({ baseUrl: 'http://x?y=1', token: 't' })).toThrow(TypeError);
    expect(() => createClient({ baseUrl: 'http://x' })).toThrow(/exactly one of token and getToken/);
    expect(() => createClient(undefined as unknown as ClientOptions)).toThrow(/options is not an object/);
  });

  it('refuses an endpoint it does not know, naming the known ones', () => {
    const { client } = clientOf(fakeService(rows).fetch);
    expect(() => client.query('orders' as 'license-usage', {})).toThrow(/license-usage/);
  });
});
