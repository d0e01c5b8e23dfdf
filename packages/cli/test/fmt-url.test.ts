import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

describe('pcaq fmt', () => {
  it.each([
    ["workloadCode  eq 'SFB'   or ((channel eq 'Reseller'))", "workloadCode eq 'SFB' or channel eq 'Reseller'"],
    ["(a eq 'x' or b eq 'y') and c eq 'z'", "(a eq 'x' or b eq 'y') and c eq 'z'"],
    ["a eq 'x' or (b eq 'y' and c eq 'z')", "a eq 'x' or b eq 'y' and c eq 'z'"],
    ["customerName eq 'O''Brien'", "customerName eq 'O''Brien'"],
  ])('%s', async (input, expected) => {
    // Field names outside the schema are errors, so the cases use real fields where they must print.
    const text = input.replace(/\b([abc]) eq/g, (_m, f: string) => `${{ a: 'workloadCode', b: 'channel', c: 'productName' }[f]} eq`);
    const want = expected.replace(/\b([abc]) eq/g, (_m, f: string) => `${{ a: 'workloadCode', b: 'channel', c: 'productName' }[f]} eq`);
    expect(await run(['fmt', text])).toEqual({ code: 0, stdout: want + '\n', stderr: '' });
  });

  it('reads standard input with -', async () => {
    expect(await run(['fmt', '-'], { stdin: "channel   eq 'x'\n" })).toMatchObject({ code: 0, stdout: "channel eq 'x'\n" });
  });

  it('prints diagnostics on stderr and nothing on stdout for a broken filter', async () => {
    const result = await run(['fmt', "channel eq 'x"]);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/PCAQ0103/);
  });

  it('exits 2 without its argument', async () => {
    expect((await run(['fmt'])).code).toBe(2);
  });
});

describe('pcaq url', () => {
  it('reproduces the source page example byte for byte', async () => {
    const result = await run(['url', '--base', '/partner/v1/analytics/commercial/usage/license', '--filter', "customerTenantId eq '0112A436-B14E-4888-967B-CA4BB2CF1234'"]);
    expect(result).toEqual({
      code: 0,
      stdout: '/partner/v1/analytics/commercial/usage/license?filter=customerTenantId%20eq%20%270112A436-B14E-4888-967B-CA4BB2CF1234%27\n',
      stderr: '',
    });
  });

  it('prints every parameter canonically, in order, on the default base', async () => {
    const result = await run(['url', '--top', '100', '--groupby', ' workloadCode , channel', '--skip', '200', '--processed-date-time', '2018-10-14', '--filter', "channel   EQ 'x'".replace('EQ', 'eq')]);
    expect(result.stdout).toBe(
      'https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license/?filter=channel%20eq%20%27x%27&groupby=workloadCode%2Cchannel&top=100&skip=200&processedDateTime=2018-10-14\n',
    );
  });

  it('refuses a query with errors', async () => {
    const result = await run(['url', '--filter', 'channel eq "x"']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/PCAQ0104/);
  });
});
