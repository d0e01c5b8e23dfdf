import { connect } from 'node:net';
import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Row } from '@pcaq/evaluator';
import { formatRequestUrl } from '@pcaq/printer';
import { parseFaults, startServer, type RunningServer } from '@pcaq/serve';
import { compiledText, get, PATH, queryArbitrary, rowArbitrary, temporaryDirectory } from './support.js';

const ROWS: Row[] = [
  { workloadCode: 'SFB', channel: 'Reseller', customerTenantId: '0112A436-B14E-4888-967B-CA4BB2CF1234', licensesActive: 3, licensesQualified: 4, processedDateTime: '2018-10-14T00:00:00' },
  { workloadCode: 'EXO', channel: 'reseller', customerTenantId: '0112a436-b14e-4888-967b-ca4bb2cf1234', licensesActive: 9007199254740991, licensesQualified: 1, processedDateTime: '2018-10-14T00:00:00' },
  { workloadCode: 'SPO', channel: 'Direct', customerTenantId: '6FD2C87F-B296-42F0-B197-1E91E994B900', licensesActive: 5, licensesQualified: 6, processedDateTime: '2018-10-14T00:00:00' },
  { workloadCode: 'SFB', channel: 'Direct', customerTenantId: '6FD2C87F-B296-42F0-B197-1E91E994B900', licensesActive: 1, licensesQualified: 1, processedDateTime: '2018-09-14T00:00:00' },
];

const directory = temporaryDirectory();
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ files: [directory.file('rows.json', JSON.stringify(ROWS))], port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await server.close();
  directory.remove();
});

describe('what a request is answered', () => {
  it.each([
    '/v1/analytics/commercial/usage/license/',
    '/v1/analytics/commercial/usage/license',
    '/partner/v1/analytics/commercial/usage/license/',
    '/partner/v1/analytics/commercial/usage/license',
    '/Partner/V1/Analytics/Commercial/Usage/License',
  ])('every path form answers with the envelope, and the next link keeps the form (%s)', async (path) => {
    const response = await get(`${server.url}${path}?top=1&groupby=channel`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({
      Value: [{ channel: 'Reseller', licensesActive: 9007199254740994, licensesQualified: 5, processedDateTime: '2018-10-14T00:00:00' }],
      '@nextLink': `${path}?groupby=channel&top=1&skip=1`,
      TotalCount: 2,
    });
  });

  it('writes sums past 2^53 - 1 exactly', async () => {
    const text = await (await get(`${server.url}${PATH}?groupby=channel&top=1`)).text();
    expect(text).toContain('"licensesActive":9007199254740994,');
  });

  it('echoes MS-RequestId and MS-CorrelationId, and generates them when absent', async () => {
    const echoed = await get(`${server.url}${PATH}`, { 'MS-RequestId': 'req-1', 'MS-CorrelationId': 'corr-1' });
    expect([echoed.headers.get('ms-requestid'), echoed.headers.get('ms-correlationid')]).toEqual(['req-1', 'corr-1']);
    const generated = await fetch(`${server.url}/nowhere`);
    expect(generated.headers.get('ms-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(generated.headers.get('ms-correlationid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(generated.headers.get('ms-requestid')).not.toBe(generated.headers.get('ms-correlationid'));
  });

  it('a query with errors is 400 with the error body and pcaq diagnostics in data', async () => {
    const response = await get(`${server.url}${PATH}?filter=${encodeURIComponent('WorkloadCode EQ "SFB"')}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { code: number; description: string; data: { code: string; span: unknown; message: string; source: string }[]; source: string };
    expect(Object.keys(body)).toEqual(['code', 'description', 'data', 'source']);
    expect(body.code).toBe(400);
    expect(body.data.map((diagnostic) => diagnostic.code)).toEqual(['PCAQ0201', 'PCAQ0105', 'PCAQ0104']);
    expect(body.data[0]).toMatchObject({ span: { start: 0, end: 12 }, source: 'filter' });
  });

  it('a malformed escape or a repeated parameter is 400 before anything is evaluated', async () => {
    for (const query of ['filter=%zz', 'top=1&top=2']) {
      const response = await get(`${server.url}${PATH}?${query}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);
    }
  });

  it('without a bearer token: 401', async () => {
    for (const headers of [{}, { Authorization: 'Basic eDp5' }, { Authorization: 'Bearer ' }]) {
      const response = await fetch(`${server.url}${PATH}`, { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: 401, data: [], source: 'pcaq serve' });
    }
  });

  it('an unknown path: 404; another method: 405; an over-long URL: 414', async () => {
    for (const path of ['/', '/v1/analytics/commercial/usage', '/v1/analytics/commercial/usage/license/x', '/v1/analytics/commercial/usage/license//']) {
      expect((await get(`${server.url}${path}`)).status).toBe(404);
    }
    expect((await fetch(`${server.url}${PATH}`, { method: 'POST', headers: { Authorization: 'Bearer x' } })).status).toBe(405);
    const long = await get(`${server.url}${PATH}?filter=${'a'.repeat(5000)}`);
    expect(long.status).toBe(414);
    expect(await long.json()).toMatchObject({ code: 414 });
  });

  it('keeps answering after garbage on a socket', async () => {
    await new Promise<void>((resolve) => {
      const socket = connect(server.port, '127.0.0.1', () => socket.end('\u0000\u00ff NOT HTTP\r\n\r\n'));
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
      socket.resume();
    });
    expect((await get(`${server.url}${PATH}`)).status).toBe(200);
  });

  test.prop([fc.string({ maxLength: 200, unit: 'binary' })], { numRuns: 60 })('any query string gets 200 or 400 with a JSON body, never a crash', async (text) => {
    const query = [...new TextEncoder().encode(text)].map((byte) => (byte > 0x20 && byte < 0x7f && byte !== 0x23 ? String.fromCharCode(byte) : `%${byte.toString(16).padStart(2, '0')}`)).join('');
    const response = await get(`${server.url}${PATH}?${query}`);
    expect([200, 400]).toContain(response.status);
    const body = (await response.json()) as Record<string, unknown>;
    expect(response.status === 200 ? 'Value' in body : body.code === 400).toBe(true);
  });
});

describe('answers equal the evaluator over the same rows', () => {
  test.prop([fc.array(rowArbitrary, { maxLength: 30 }), fc.array(queryArbitrary, { minLength: 1, maxLength: 5 })], { numRuns: 25 })(
    'each query, sent as a URL, answers what compileQuery(...).evaluate gives',
    async (rows, queries) => {
      const files = temporaryDirectory();
      const served = await startServer({ files: [files.file('rows.json', JSON.stringify(rows))], port: 0 });
      try {
        for (const query of queries) {
          const compiled = compiledText(query);
          if (compiled === undefined) throw new Error('generated an invalid query');
          const expected = compiled.evaluate(rows);
          if (!expected.ok) throw new Error('the evaluator refused the rows');
          const response = await get(`${served.url}${formatRequestUrl(query, PATH)}`);
          expect(await response.json()).toEqual({ Value: expected.value, '@nextLink': expected.nextLink, TotalCount: expected.totalCount });
        }
      } finally {
        await served.close();
        files.remove();
      }
    },
  );
});

describe('faults', () => {
  const faulty = (plan: string) => ({ 'X-Pcaq-Faults': plan });

  it('429 with Retry-After in seconds and the throttling body, on the first attempt only', async () => {
    const url = `${server.url}${PATH}?top=1&skip=1`;
    const first = await get(url, faulty('429:3@first'));
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('3');
    expect(await first.json()).toEqual({ statusCode: 429, message: 'Rate limit is exceeded. Try again in 3 seconds.' });
    expect((await get(url, faulty('429:3@first'))).status).toBe(200);
  });

  it('429 and 204 with Retry-After as an HTTP date', async () => {
    const throttled = await get(`${server.url}${PATH}?top=2`, faulty('429:date:5'));
    expect(throttled.status).toBe(429);
    const date = throttled.headers.get('retry-after') ?? '';
    expect(date).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    const empty = await get(`${server.url}${PATH}?top=1&skip=1`, faulty('204:date:1@page=2'));
    expect(empty.status).toBe(204);
    expect(empty.headers.get('retry-after')).toMatch(/GMT$/);
    expect(await empty.text()).toBe('');
  });

  it('500 once on page 3, then the page', async () => {
    const url = `${server.url}${PATH}?top=1&skip=2`;
    const failed = await get(url, faulty('500@page=3*1'));
    expect(failed.status).toBe(500);
    expect(await failed.json()).toMatchObject({ code: 500, source: 'pcaq serve' });
    expect((await get(url, faulty('500@page=3*1'))).status).toBe(200);
    expect((await get(`${server.url}${PATH}?top=1&skip=1`, faulty('500@page=3*1'))).status).toBe(200);
  });

  it('a byte-order mark before the JSON, and licenseActive for licensesActive', async () => {
    const response = await get(`${server.url}${PATH}?top=1`, faulty('bom,license-active'));
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = JSON.parse(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)) as { Value: Row[] };
    expect(Object.keys(body.Value[0] ?? {})).toContain('licenseActive');
    expect(Object.keys(body.Value[0] ?? {})).not.toContain('licensesActive');
  });

  it('a connection reset mid-body', async () => {
    const response = await get(`${server.url}${PATH}?top=2`, faulty('reset*1'));
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    expect((await get(`${server.url}${PATH}?top=2`, faulty('reset*1'))).status).toBe(200);
  });

  it('added latency still answers', async () => {
    expect((await get(`${server.url}${PATH}?top=1`, faulty('latency:1-3'))).status).toBe(200);
  });

  it('a bad X-Pcaq-Faults header is 400 with its problems', async () => {
    const response = await get(`${server.url}${PATH}`, faulty('bom,teapot'));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 400, data: [{ start: 4, end: 10 }] });
  });

  it('the server plan applies to requests without the header, and the same requests meet the same faults', async () => {
    const plan = parseFaults('seed=3,503:0@p=0.5,429:0@first');
    if (!plan.ok) throw new Error('bad plan');
    const statuses = async (): Promise<number[]> => {
      const faulty = await startServer({ files: [directory.file('faulty.json', JSON.stringify(ROWS))], port: 0, faults: plan.plan });
      try {
        const seen: number[] = [];
        for (let attempt = 0; attempt < 4; attempt++) for (const skip of [0, 1, 2, 3]) seen.push((await get(`${faulty.url}${PATH}?top=1&skip=${skip}`)).status);
        return seen;
      } finally {
        await faulty.close();
      }
    };
    const first = await statuses();
    expect(first).toContain(429);
    expect(first).toContain(503);
    expect(await statuses()).toEqual(first);
  });
});
