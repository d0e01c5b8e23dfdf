import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFaults, startServer, type RunningServer } from '@pcaq/serve';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

// `pcaq fetch` against `pcaq serve` on a free loopback port (closed in afterAll).

const dir = mkdtempSync(join(tmpdir(), 'pcaq-fetch-'));
const file = join(dir, 'usage.json');
const env = { PC_TOKEN: 'dev-token' };
let server: RunningServer;
let failing: RunningServer;

beforeAll(async () => {
  const rows = Array.from({ length: 23 }, (_, i) => ({
    workloadCode: ['SFB', 'SPO', 'EXO'][i % 3], workloadName: 'w', serviceCode: 's', serviceName: 's',
    channel: i % 2 === 0 ? 'Reseller' : 'direct', customerTenantId: '0112a436-b14e-4888-967b-ca4bb2cf1234',
    customerName: `O'Brien, "${i}"`, productId: '1112a436-b14e-4888-967b-ca4bb2cf1234', productName: 'p',
    licensesActive: i, licensesQualified: i * 2, processedDateTime: '2026-11-01T00:00:00',
  }));
  writeFileSync(file, JSON.stringify(rows));
  const all = parseFaults('all,seed=3');
  if (!all.ok) throw new Error('plan');
  server = await startServer({ files: [file], port: 0, host: '127.0.0.1', faults: all.plan });
  const broken = parseFaults('500');
  if (!broken.ok) throw new Error('plan');
  failing = await startServer({ files: [file], port: 0, host: '127.0.0.1', faults: broken.plan });
});

afterAll(async () => {
  await server?.close();
  await failing?.close();
  rmSync(dir, { recursive: true, force: true });
});

const fetchArgs = () => ['fetch', '--base-url', server.url, '--token-env', 'PC_TOKEN'];

describe('pcaq fetch', () => {
  for (const format of ['ndjson', 'csv', 'json'] as const) {
    it(`exports every page as ${format}, byte for byte what pcaq eval --all prints, under every fault`, async () => {
      const query = ['--filter', "channel eq 'reseller' or workloadCode eq 'SPO'", '--top', '4'];
      const fetched = await run([...fetchArgs(), ...query, '--format', format], { env });
      const evaluated = await run(['eval', file, ...query, '--all', '--format', format]);
      expect(fetched.code).toBe(0);
      expect(fetched.stderr).toBe('');
      expect(fetched.stdout).toBe(evaluated.stdout);
      expect(fetched.stdout.length).toBeGreaterThan(100);
    });
  }

  it('writes -o FILE whole, and not at all when the service keeps failing', async () => {
    const good = join(dir, 'good.ndjson');
    expect((await run([...fetchArgs(), '--top', '5', '-o', good], { env })).code).toBe(0);
    expect(readFileSync(good, 'utf8').trim().split('\n')).toHaveLength(23);
    const bad = join(dir, 'bad.ndjson');
    const failed = await run(['fetch', '--base-url', failing.url, '--token-env', 'PC_TOKEN', '--max-retries', '0', '-o', bad], { env });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/the service answered 500.*MS-RequestId .*MS-CorrelationId .*1 attempt\)/);
    expect(existsSync(bad)).toBe(false);
    expect(failed.stdout).toBe('');
  });

  it('says on a terminal how many rows, pages and retries it took', async () => {
    const result = await run([...fetchArgs(), '--top', '6'], { env, tty: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/pcaq: 23 rows in 4 pages, [1-9][0-9]* retries\n$/);
  });

  it('takes the token only from the environment variable --token-env names', async () => {
    const flag = await run([...fetchArgs(), '--token', 'secret'], { env });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/never taken as a flag/);
    const unset = await run(fetchArgs(), { env: {} });
    expect(unset.code).toBe(2);
    expect(unset.stderr).toMatch(/PC_TOKEN \(--token-env\) is not set/);
    const missing = await run(['fetch', '--base-url', server.url], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--token-env is required/);
  });

  it('never sends a query with errors: prints its diagnostics and exits 1', async () => {
    const result = await run([...fetchArgs(), '--filter', 'WorkloadCode EQ "SFB"'], { env });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/PCAQ0201/);
  });

  it('refuses an unknown endpoint naming the known ones, a bad base URL, and a path in --url', async () => {
    const endpoint = await run([...fetchArgs(), '--endpoint', 'orders'], { env });
    expect(endpoint.code).toBe(2);
    expect(endpoint.stderr).toMatch(/--endpoint must be one of license-usage, license-deployment, [a-z, -]*search, not 'orders'/);
    const base = await run(['fetch', '--base-url', 'ftp://x', '--token-env', 'PC_TOKEN'], { env });
    expect(base.code).toBe(2);
    const url = await run([...fetchArgs(), '--url', 'https://other.example/v1/x?top=5'], { env });
    expect(url.code).toBe(2);
    expect(url.stderr).toMatch(/only the query string from --url/);
  });

  it('reports a refused request with the service error body as JSON with --format json', async () => {
    const result = await run(['fetch', '--base-url', failing.url, '--token-env', 'PC_TOKEN', '--max-retries', '0', '--format', 'json'], { env });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { kind: 'data', exitCode: 1 } });
  });
});
