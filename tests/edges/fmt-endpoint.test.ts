import { describe, expect, it } from 'vitest';
import { ENDPOINT_IDS, endpointSchema } from '@pcaq/core';
import { run } from '../../packages/cli/test/run-cli.js';

// docs/cli.md, "pcaq fmt": fmt reads the filter of any endpoint (--endpoint NAME, licence usage
// by default), as lint does; a family filter was an unknown-field error with no way to name the endpoint.
describe('pcaq fmt --endpoint prints the canonical filter of every endpoint', () => {
  it.each(ENDPOINT_IDS.map((id) => [id]))('%s: its example filter, spaced oddly, prints canonically', async (id) => {
    const example = endpointSchema(id)!.endpoint.example.filter;
    const spaced = `(  ${example.replace(/ /g, '   ').replace(/\(/g, '( ').replace(/\)/g, ' )')} )`;
    const canonical = await run(['fmt', '--endpoint', id, example]);
    expect(canonical.stderr).toBe('');
    expect(canonical.code).toBe(0);
    const fromSpaced = await run(['fmt', '--endpoint', id, spaced]);
    expect(fromSpaced.stdout).toBe(canonical.stdout);
    expect(fromSpaced.code).toBe(0);
  });

  it('contains, casts and booleans of subscriptions', async () => {
    const result = await run(['fmt', '--endpoint', 'subscriptions', "contains ( productName ,'x')  and (autoRenewEnabled eq true) and creationDate ge cast( '2024-01-01' ,Edm.DateTimeOffset )"]);
    expect(result.stdout).toBe("contains(productName,'x') and autoRenewEnabled eq true and creationDate ge cast('2024-01-01', Edm.DateTimeOffset)\n");
    expect(result.code).toBe(0);
  });

  it('an unknown endpoint is a usage error naming the nearest', async () => {
    const result = await run(['fmt', '--endpoint', 'subscription', "status eq 'ACTIVE'"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'subscriptions'");
  });

  it('--help says so', async () => {
    expect((await run(['fmt', '--help'])).stdout).toContain('--endpoint <name>');
  });
});
