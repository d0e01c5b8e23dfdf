import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { createClient, DEFAULT_RETRY_POLICY, PcaqClientError } from '../src/index.js';
import { countingIds, virtualClock } from './fake-service.js';

// Whatever a service answers, the client ends in one of two ways: the rows, or a PcaqClientError.
// It never throws anything else, never waits longer than the policy allows, never asks more often
// than its budgets let it (docs/client.md, "Retries", "Errors").

const PATH = '/v1/analytics/commercial/usage/license/';
const BASE = 'http://127.0.0.1:9';

const retryAfter = fc.oneof(
  fc.constant(undefined),
  fc.nat({ max: 400 }).map(String),
  fc.integer({ min: -100, max: 400 }).map((s) => new Date(Date.UTC(2026, 10, 29, 8, 0, 0) + s * 1000).toUTCString()),
  fc.string({ maxLength: 12 }),
);
const nextLink = fc.oneof(
  fc.constant(null),
  fc.nat({ max: 50 }).map((skip) => `${PATH}?top=2&skip=${skip}`),
  fc.constant('https://elsewhere.example/v1/x?skip=2'),
  fc.string({ maxLength: 20 }),
  fc.integer(),
);
const envelope = fc.record(
  {
    Value: fc.oneof(fc.array(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }), { maxLength: 4 }), fc.jsonValue({ maxDepth: 1 })),
    '@nextLink': nextLink,
    TotalCount: fc.oneof(fc.nat({ max: 60 }), fc.constant(-1), fc.constant('3')),
  },
  { requiredKeys: ['Value'] },
).map((body) => new TextEncoder().encode(JSON.stringify(body)));
const body = fc.oneof(envelope, envelope.map((b) => new Uint8Array([0xef, 0xbb, 0xbf, ...b])), fc.uint8Array({ maxLength: 60 }));
const answer = fc.oneof(
  fc.record({ status: fc.constantFrom(200, 200, 200, 204, 400, 401, 404, 408, 429, 500, 502, 503, 504), retryAfter, body }),
  fc.constant('network' as const),
  fc.constant('reset' as const),
);

test.prop([fc.array(answer, { maxLength: 40 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })], { numRuns: 300 })(
  'ends with the rows or a PcaqClientError, within its waits and budgets, whatever the service answers',
  async (answers, draw) => {
    let calls = 0;
    const fetch = (async () => {
      const next = answers[calls++];
      if (next === undefined) return Response.json({ Value: [], '@nextLink': null });
      if (next === 'network') throw new TypeError('fetch failed');
      if (next === 'reset') {
        return new Response(new ReadableStream({ start: (c) => c.error(new TypeError('terminated')) }), { status: 200 });
      }
      const headers = next.retryAfter === undefined ? undefined : { 'Retry-After': next.retryAfter };
      return new Response(next.status === 204 ? null : next.body, { status: next.status, ...(headers ? { headers } : {}) });
    }) as typeof globalThis.fetch;
    const clock = virtualClock();
    const client = createClient({ baseUrl: BASE, token: 't', fetch, clock, random: () => draw, newId: countingIds() });
    let pages = 0;
    try {
      for await (const row of client.query('license-usage', { top: 2 }, { onProgress: (p) => void (pages = p.pages) })) expect(typeof row).toBe('object');
    } catch (error) {
      expect(error).toBeInstanceOf(PcaqClientError);
    }
    expect(clock.waits.every((ms) => ms >= 0 && ms <= DEFAULT_RETRY_POLICY.maxRetryAfterMs)).toBe(true);
    expect(calls).toBeLessThanOrEqual((pages + 1) * (DEFAULT_RETRY_POLICY.maxRetriesPerRequest + 1));
    expect(clock.waits.length).toBeLessThanOrEqual(DEFAULT_RETRY_POLICY.retryBudget + pages * DEFAULT_RETRY_POLICY.budgetPerPage);
  },
);
