import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import type { Query } from '@pcaq/core';
import { type Row } from '@pcaq/evaluator';
import { ALL_FAULTS_TEXT, DEFAULT_ENDPOINT, ENDPOINTS as SERVED_ENDPOINTS, parseFaults, startServer, type FaultPlan, type FaultRule } from '@pcaq/serve';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient, type EndpointName, type Progress } from '../src/index.js';
import { evaluateText } from './evaluate-text.js';
import { virtualClock } from './fake-service.js';

// The client against `pcaq serve` (a real server on a free loopback port, closed by the test):
// under any fault schedule the rows fetched are the evaluator's whole answer, none lost, none
// duplicated (docs/client.md, "Proven against pcaq serve").

const dir = mkdtempSync(join(tmpdir(), 'pcaq-client-roundtrip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

const TEXTS = ['SFB', 'sfb', 'SPO', "O'Brien", 'Zürich', '東京', '😀 x', 'a&b=c#d+e%20', ''];
const GUIDS = ['0112a436-b14e-4888-967b-ca4bb2cf1234', '0112A436-B14E-4888-967B-CA4BB2CF1234', 'ffffffff-0000-4888-967b-ca4bb2cf0000'];
const DATES = ['2026-10-01T00:00:00', '2026-11-01T00:00:00'];
const TEXT_FIELDS = ['workloadCode', 'workloadName', 'serviceCode', 'serviceName', 'channel', 'customerName', 'productName'] as const;
const GUID_FIELDS = ['customerTenantId', 'productId'] as const;

const text = fc.constantFrom(...TEXTS);
/** Row values from a few of the texts, so that filters match often enough to reach several pages. */
const rowText = fc.constantFrom('SFB', 'sfb', "O'Brien", '東京', 'a&b=c#d+e%20');
const row: fc.Arbitrary<Row> = fc.record({
  workloadCode: rowText, workloadName: rowText, serviceCode: rowText, serviceName: rowText,
  channel: fc.constantFrom('reseller', 'Reseller', 'direct', null),
  customerTenantId: fc.constantFrom(...GUIDS), customerName: rowText,
  productId: fc.constantFrom(...GUIDS), productName: rowText,
  // Counts up to 2^53 - 1 (the readers' limit), so that group sums pass it and come back as exact bigints.
  licensesActive: fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 1000 }) }, { weight: 1, arbitrary: fc.constant(2 ** 53 - 1) }),
  licensesQualified: fc.oneof(fc.nat({ max: 1000 }), fc.constant(2 ** 53 - 1)),
  processedDateTime: fc.constantFrom(...DATES),
});

const comparison = fc.oneof(
  fc.tuple(fc.constantFrom(...TEXT_FIELDS), fc.constantFrom('eq', 'ne', 'ne'), text),
  fc.tuple(fc.constantFrom(...GUID_FIELDS), fc.constantFrom('eq', 'ne'), fc.constantFrom(...GUIDS)),
).map(([field, op, value]) => `${field} ${op} '${value.replaceAll("'", "''")}'`);
const filter = fc.array(fc.tuple(comparison, fc.constantFrom('and', 'or')), { minLength: 1, maxLength: 2 })
  .map((parts) => parts.map(([c, join], i) => (i === 0 ? c : `${join} ${c}`)).join(' '))
  .map((f) => f.replace(/^(\S+ \S+ '[^']*(?:''[^']*)*')/, '($1)'));

const query: fc.Arbitrary<Query> = fc.record(
  {
    filter,
    groupby: fc.subarray([...TEXT_FIELDS, ...GUID_FIELDS], { minLength: 1, maxLength: 3 }).map((f) => f.join(',')),
    top: fc.integer({ min: 1, max: 4 }),
    skip: fc.nat({ max: 6 }),
    processedDateTime: fc.constantFrom('2026-10-01', '2026-11-01T00:00:00Z'),
  },
  { requiredKeys: ['top'] },
);

/** Faults on the pages a small result reaches, each bounded so that a client that retries gets there. */
const faultRule: fc.Arbitrary<FaultRule> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('429', '503', '204'),
    page: fc.integer({ min: 1, max: 5 }),
    times: fc.integer({ min: 1, max: 2 }),
    retryAfter: fc.record({ form: fc.constantFrom('seconds', 'date'), seconds: fc.integer({ min: 0, max: 120 }) }),
  }) as fc.Arbitrary<FaultRule>,
  fc.record({ kind: fc.constantFrom('500', 'reset'), page: fc.integer({ min: 1, max: 5 }), times: fc.integer({ min: 1, max: 2 }) }) as fc.Arbitrary<FaultRule>,
  fc.record({ kind: fc.constantFrom('429', '500', 'reset'), attempt: fc.constant(1), probability: fc.double({ min: 0, max: 1, noNaN: true }) }) as fc.Arbitrary<FaultRule>,
  fc.record({ kind: fc.constantFrom('bom', 'license-active') }) as fc.Arbitrary<FaultRule>,
  fc.record({ kind: fc.constant('latency'), latencyMs: fc.constant([0, 2] as const) }) as fc.Arbitrary<FaultRule>,
);
const faultPlan: fc.Arbitrary<FaultPlan> = fc.record({ seed: fc.nat({ max: 1_000_000 }), rules: fc.array(faultRule, { maxLength: 6 }) });

/** Why the client asked again, over the whole file: shows the faults did fire. */
const retryReasons = new Set<string>();

async function fetchAll(baseUrl: string, endpoint: EndpointName, q: Query): Promise<unknown[]> {
  const client = createClient({
    baseUrl, token: 'dev', clock: virtualClock(Date.now()),
    // Enough retries for every fault a plan can schedule on one page; the budget is tested on its own.
    retry: { maxRetriesPerRequest: 20, retryBudget: 1000 },
  });
  const got: unknown[] = [];
  const onProgress = (p: Progress): void => void (p.retrying !== undefined && retryReasons.add(p.retrying));
  for await (const r of client.query(endpoint, q, { onProgress })) got.push(r);
  return got;
}

function expected(rows: readonly Row[], q: Query): unknown[] {
  const outcome = evaluateText([...rows], q, { all: true });
  if (!outcome.ok) throw new Error(`generated query has errors: ${outcome.diagnostics.map((d) => d.code).join(', ')}`);
  return outcome.value.slice(Number(q.skip ?? 0));
}

/** Cases whose answer holds a sum past 2^53 - 1, which must come back exact. */
let bigSums = 0;

/** Pages per generated case, so a test can show the cases are not trivially one page. */
const pagesPerCase: number[] = [];

async function roundTrip(rows: readonly Row[], q: Query, faults: FaultPlan, engine: 'js' | 'duckdb', pathPrefix: string): Promise<void> {
  const file = join(dir, `rows-${files++}.json`);
  writeFileSync(file, JSON.stringify(rows));
  const server = await startServer({ files: [file], port: 0, host: '127.0.0.1', faults, engine });
  const want = expected(rows, q);
  if (want.some((r) => typeof (r as Row)['licensesActive'] === 'bigint')) bigSums++;
  pagesPerCase.push(Math.ceil(want.length / Number(q.top ?? 10_000)));
  try {
    // The client knows every endpoint; one pcaq serve answers the one it was started for (here the
    // default, licence usage, whose rows these are; docs/serve.md).
    for (const endpoint of Object.keys(SERVED_ENDPOINTS).filter((name) => name === DEFAULT_ENDPOINT) as EndpointName[]) {
      expect(await fetchAll(server.url + pathPrefix, endpoint, q)).toEqual(want);
    }
  } finally {
    await server.close();
  }
}

describe('the client against pcaq serve', () => {
  test.prop([fc.array(row, { minLength: 12, maxLength: 50 }), query, faultPlan, fc.constantFrom('', '/partner')], { numRuns: 60 })(
    'fetches exactly the evaluator\'s whole answer under generated faults (JavaScript engine)',
    (rows, q, faults, prefix) => roundTrip(rows, q, faults, 'js', prefix),
  );

  test.prop([fc.array(row, { minLength: 12, maxLength: 50 }), query, faultPlan], { numRuns: 12 })(
    'fetches exactly the evaluator\'s whole answer under generated faults (DuckDB engine)',
    (rows, q, faults) => roundTrip(rows, q, faults, 'duckdb', ''),
  );

  it('generated cases mostly span several pages', () => {
    expect(pagesPerCase.length).toBe(72);
    expect(pagesPerCase.filter((pages) => pages >= 2).length).toBeGreaterThan(pagesPerCase.length / 5);
    expect(bigSums).toBeGreaterThan(0);
  });

  it("fetches every row under the server's 'all' plan, every fault switched on", async () => {
    const parsed = parseFaults(ALL_FAULTS_TEXT);
    if (!parsed.ok) throw new Error('the all plan does not parse');
    const rows = fc.sample(row, { numRuns: 57, seed: 42 });
    retryReasons.clear();
    for (const q of [{ top: 5 }, { top: 3, filter: "channel eq 'reseller'" }, { top: 1, groupby: 'workloadCode,channel' }, { top: 4, skip: 6 }] satisfies Query[]) {
      await roundTrip(rows, q, parsed.plan, 'js', '');
      await roundTrip(rows, q, parsed.plan, 'duckdb', '/partner');
    }
    expect([...retryReasons].sort()).toEqual(['204 No Content with Retry-After', 'status 429', 'status 500', 'status 503', 'the body was cut short']);
  });
});
