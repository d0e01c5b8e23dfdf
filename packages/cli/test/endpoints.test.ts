import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ENDPOINT_IDS, ENDPOINT_SCHEMAS } from '@pcaq/core';
import { run } from './run-cli.js';

describe('pcaq endpoints', () => {
  it('lists one line per endpoint with its path and extra parameters (golden)', async () => {
    const result = await run(['endpoints']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    await expect(`$ pcaq endpoints\n${result.stdout}`).toMatchFileSnapshot('golden/endpoints.txt');
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(ENDPOINT_IDS.length + 1);
  });

  it.each(ENDPOINT_IDS)('shows the fields, operators and example of %s (golden)', async (id) => {
    const result = await run(['endpoints', id]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    await expect(`$ pcaq endpoints ${id}\n${result.stdout}`).toMatchFileSnapshot(`golden/endpoints-${id}.txt`);
    for (const f of ENDPOINT_SCHEMAS[id].fields) expect(result.stdout).toMatch(new RegExp(`^${f.name} `, 'm'));
    expect(result.stdout).toContain(`example filter:  ${ENDPOINT_SCHEMAS[id].endpoint.example.filter}`);
  });

  it('prints the endpoint list and one schema as JSON, the schema exactly as core holds it', async () => {
    const list = await run(['endpoints', '--format', 'json']);
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as { endpoints: { id: string }[] }).endpoints.map((e) => e.id)).toEqual(ENDPOINT_IDS);
    const one = await run(['endpoints', 'indirect-resellers', '--format=json']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toEqual(JSON.parse(JSON.stringify(ENDPOINT_SCHEMAS['indirect-resellers'])));
  });

  it('exits 2 on an unknown endpoint, naming the known ones and the nearest', async () => {
    const result = await run(['endpoints', 'subscription']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("unknown endpoint 'subscription'. Did you mean 'subscriptions'?");
    expect(result.stderr).toContain(ENDPOINT_IDS.join(', '));
  });

  it('reports an unknown endpoint as a JSON error with --format json, and a huge name shortened', async () => {
    const result = await run(['endpoints', 'x'.repeat(10_000), '--format', 'json']);
    expect(result.code).toBe(2);
    const { error } = JSON.parse(result.stdout) as { error: { kind: string; message: string } };
    expect(error.kind).toBe('usage');
    expect(error.message.length).toBeLessThan(300);
  });

  it('exits 2 on an unknown --format, and on a second name', async () => {
    expect((await run(['endpoints', '--format', 'csv'])).code).toBe(2);
    expect((await run(['endpoints', 'search', 'referrals'])).code).toBe(2);
  });

  test.prop([fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(...ENDPOINT_IDS))], { numRuns: 60 })(
    'answers any name with its endpoint (exit 0) or a usage error (exit 2), never a stack trace',
    async (name) => {
      fc.pre(!name.startsWith('-'));
      const result = await run(['endpoints', name]);
      expect(result.code).toBe((ENDPOINT_IDS as readonly string[]).includes(name) ? 0 : 2);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stderr).not.toContain('unexpected error');
    },
  );
});
