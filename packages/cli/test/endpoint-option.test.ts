import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readQueryOptions } from '@pcaq/cli';
import { ENDPOINT_IDS, endpointForPath } from '@pcaq/core';
import { run } from './run-cli.js';

const HOST = 'https://api.partnercenter.microsoft.com';
const EXAMPLE = new URL('../../../examples/subscriptions.json', import.meta.url).pathname;
const OFFICE_SINCE_2024 = "contains(productName,'Office') and creationDate ge cast('2024-01-01', Edm.DateTimeOffset)";

describe('--endpoint NAME chooses the schema every command checks with', () => {
  it('lint checks a subscriptions filter against the subscriptions schema', async () => {
    expect(await run(['lint', '--endpoint', 'subscriptions', '--filter', OFFICE_SINCE_2024])).toEqual({ code: 0, stdout: '', stderr: '' });
    // The same filter is wrong for licence usage, the default: the endpoint really drives the check.
    const asLicenseUsage = await run(['lint', '--filter', OFFICE_SINCE_2024]);
    expect(asLicenseUsage.code).toBe(1);
    expect(asLicenseUsage.stdout).toContain("Unknown field 'productName'".slice(0, 14));
  });

  it('lint --batch and lint --fix use the endpoint too', async () => {
    const batch = await run(['lint', '--endpoint', 'subscriptions', '--batch', '-'], { stdin: `${OFFICE_SINCE_2024}\nautoRenewEnabled eq true\n` });
    expect(batch).toMatchObject({ code: 0, stdout: '' });
    const fixed = await run(['lint', '--endpoint', 'subscriptions', '--fix', '--filter', "autoRenewEnabled eq 'true'"]);
    expect(fixed.stdout).toBe('autoRenewEnabled eq true\n');
  });

  it.each(['lint', 'url', 'eval', 'sql', 'scan'])('%s: an unknown NAME exits 2 naming the nearest and every known endpoint', async (command) => {
    const argv = command === 'eval' ? [command, EXAMPLE] : command === 'scan' ? [command, EXAMPLE] : [command];
    const result = await run([...argv, '--endpoint', 'subscription', ...(command === 'scan' ? [] : ['--top', '5'])]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("unknown endpoint 'subscription'. Did you mean 'subscriptions'?");
    for (const id of ENDPOINT_IDS) expect(result.stderr).toContain(id);
  });

  it('url writes the canonical URL of the endpoint', async () => {
    const result = await run(['url', '--endpoint', 'subscriptions', '--filter', "contains(productName,'Office')", '--top', '10']);
    expect(result).toEqual({
      code: 0,
      stdout: `${HOST}/partner/v1/analytics/subscriptions?filter=contains%28productName%2C%27Office%27%29&top=10\n`,
      stderr: '',
    });
    for (const id of ENDPOINT_IDS) {
      const { code, stdout } = await run(['url', '--endpoint', id, '--top', '1']);
      expect(code).toBe(0);
      // The URL it writes names the endpoint it was written for.
      expect((await run(['lint', '--url', stdout.trim(), '--endpoint', id])).code).toBe(0);
    }
  });

  it('sql reads the table named after the endpoint and checks with its schema', async () => {
    const result = await run(['sql', '--endpoint', 'subscriptions', '--filter', 'autoRenewEnabled eq true', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).sql).toContain('FROM "subscriptions"');
    expect((await run(['sql', '--filter', 'autoRenewEnabled eq true'])).code).toBe(1);
  });

  it('eval evaluates subscriptions rows with contains and a date', async () => {
    const result = await run(['eval', EXAMPLE, '--endpoint', 'subscriptions', '--filter', OFFICE_SINCE_2024]);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout) as { Value: { productName: string }[]; TotalCount: number };
    expect(body.Value.map((row) => row.productName)).toEqual(['Office 365 E3']);
    expect(body.TotalCount).toBe(1);
  });
});

describe('--url says its endpoint by its path', () => {
  it('a URL of another endpoint is checked against that endpoint, in any documented form and case', async () => {
    for (const url of [
      `${HOST}/partner/v1/analytics/subscriptions?filter=autoRenewEnabled%20eq%20true`,
      '/V1/Analytics/Subscriptions/?filter=autoRenewEnabled%20eq%20true',
      `GET ${HOST}/partner/v1/analytics/subscriptions?filter=autoRenewEnabled%20eq%20true HTTP/1.1`,
    ]) {
      expect(await run(['lint', '--url', url])).toEqual({ code: 0, stdout: '', stderr: '' });
    }
  });

  it('a path of no endpoint is a PCAQ0412 warning that names the known ones, and licence usage is used', async () => {
    const url = `${HOST}/partner/v1/analytics/orders?filter=channel%20eq%20%27Reseller%27`;
    const result = await run(['lint', '--url', url]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^url:1:40: warning PCAQ0412: The path '\/partner\/v1\/analytics\/orders' names no analytics endpoint/);
    expect(result.stdout).toContain(ENDPOINT_IDS.join(', '));
    expect(result.stdout).toContain('0 errors, 1 warning');
  });

  it('--endpoint with a --url of another endpoint is a PCAQ0413 error at the path', async () => {
    const url = `${HOST}/partner/v1/analytics/subscriptions?filter=referralSubmitted%20eq%20true`;
    const result = await run(['lint', '--endpoint', 'search', '--url', url, '--format', 'json']);
    expect(result.code).toBe(1);
    const [first] = (JSON.parse(result.stdout) as { diagnostics: { code: string; severity: string; span: { start: number; end: number } }[] }).diagnostics;
    expect(first).toMatchObject({ code: 'PCAQ0413', severity: 'error' });
    expect(url.slice(first!.span.start, first!.span.end)).toBe('/partner/v1/analytics/subscriptions');
    // url, eval and sql stop on it as on any error: nothing on stdout.
    for (const argv of [['url'], ['sql'], ['eval', EXAMPLE]]) {
      const stopped = await run([...argv, '--endpoint', 'search', '--url', url]);
      expect([stopped.code, stopped.stdout]).toEqual([1, '']);
      expect(stopped.stderr).toContain('error PCAQ0413');
    }
  });

  it('url keeps the path of the --url it was given', async () => {
    const result = await run(['url', '--url', '/V1/Analytics/Subscriptions/?filter=autoRenewEnabled%20eq%20true']);
    expect(result).toEqual({ code: 0, stdout: '/V1/Analytics/Subscriptions/?filter=autoRenewEnabled%20eq%20true\n', stderr: '' });
  });
});

describe('pcaq scan checks each URL as the endpoint its path names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pcaq-scan-endpoints-'));
  writeFileSync(
    join(dir, 'requests.http'),
    [
      `GET ${HOST}/partner/v1/analytics/subscriptions?filter=autoRenewEnabled eq true HTTP/1.1`,
      '',
      `GET ${HOST}/partner/v1/analytics/search?filter=referralSubmitted eq true HTTP/1.1`,
      '',
      `GET ${HOST}/partner/v1/analytics/commercial/usage/license?filter=channel eq 'Reseller' HTTP/1.1`,
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'report.py'), `params = {"filter": "autoRenewEnabled eq true"}\n`);

  it('URLs of three endpoints in one file are each clean; a value alone is for --endpoint', async () => {
    const plain = await run(['scan', '--format', 'json', join(dir, 'requests.http')]);
    expect([plain.code, JSON.parse(plain.stdout).diagnostics]).toEqual([0, []]);
    const alone = await run(['scan', '--format', 'json', join(dir, 'report.py')]);
    expect(JSON.parse(alone.stdout).diagnostics.map((d: { code: string }) => d.code)).toContain('PCAQ0201');
    const asSubscriptions = await run(['scan', '--endpoint', 'subscriptions', '--format', 'json', dir]);
    expect([asSubscriptions.code, JSON.parse(asSubscriptions.stdout).diagnostics]).toEqual([0, []]);
  });

  it('a URL whose path names no endpoint is a PCAQ0412 warning at its path', async () => {
    const file = join(dir, 'other.http');
    writeFileSync(file, `GET ${HOST}/partner/v1/analytics/orders?filter=channel eq 'Reseller' HTTP/1.1\n`);
    const result = await run(['scan', '--format', 'json', file]);
    const found = JSON.parse(result.stdout).diagnostics as { code: string; line: number; column: number }[];
    expect(result.code).toBe(0);
    expect(found.map((d) => [d.code, d.line, d.column])).toEqual([['PCAQ0412', 1, 44]]);
  });
});

describe('readQueryOptions over generated URLs', () => {
  const pathLike = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 2000 }),
    fc.tuple(fc.constantFrom('', HOST, 'GET '), fc.array(fc.constantFrom('partner', 'v1', 'analytics', 'subscriptions', 'usage', 'azure', 'X', ''), { maxLength: 8 }), fc.string({ maxLength: 50 }))
      .map(([head, segments, query]) => `${head}/${segments.join('/')}?${query}`),
  );
  test.prop([pathLike, fc.option(fc.constantFrom(...ENDPOINT_IDS), { nil: undefined })])(
    'never throws, picks --endpoint or the endpoint of the path, and every URL diagnostic lies inside the URL',
    (url, endpoint) => {
      const given = readQueryOptions({ url, ...(endpoint !== undefined ? { endpoint } : {}) }, 'lint');
      for (const d of given.diagnostics) {
        expect(d.span.start).toBeGreaterThanOrEqual(0);
        expect(d.span.end).toBeLessThanOrEqual(url.length);
      }
      if (endpoint !== undefined) expect(given.schema.endpoint.id).toBe(endpoint);
      const mismatch = given.diagnostics.find((d) => d.code === 'PCAQ0413');
      if (mismatch) expect(endpointForPath(url.slice(mismatch.span.start, mismatch.span.end))?.endpoint.id).not.toBe(endpoint);
    },
  );
});
