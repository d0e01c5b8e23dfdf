import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const DEFAULT = 'https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license/';

describe('pcaq url lints the URL it is given first', () => {
  it('an unknown parameter is a warning on stderr and stays in the URL, as written', async () => {
    const result = await run(['url', '--url', "?fitler=channel+eq+%27x%27&top=5"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^url:1:2: warning PCAQ0404: /);
    expect(result.stdout).toBe(`${DEFAULT}?top=5&fitler=channel+eq+%27x%27\n`);
  });

  it.each([
    ['a repeated parameter', '?top=100&top=200', 'PCAQ0405'],
    ['a bad percent escape', "?filter=channel%20eq%20%27%FF%27", 'PCAQ0407'],
    ['a bad escape in an unknown parameter', '?top=5&note=%FF', 'PCAQ0407'],
  ])('%s is an error: nothing on stdout, exit 1', async (_title, url, code) => {
    const result = await run(['url', '--url', url]);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain(`error ${code}`);
    expect(result.stderr).not.toContain('%25FF');
  });

  // A path that names no analytics endpoint is kept, with a PCAQ0412 warning (docs/endpoints.md).
  it.each([
    ['https://example.com/usage/license?top=5', 'https://example.com/usage/license?top=5', ['PCAQ0412']],
    ['http://localhost:8080/v1/x/?top=5#part', 'http://localhost:8080/v1/x/?top=5#part', ['PCAQ0412']],
    ['/partner/v1/analytics/commercial/usage/license?top=5', '/partner/v1/analytics/commercial/usage/license?top=5', []],
    ['GET https://example.com/p?top=5 HTTP/1.1', 'https://example.com/p?top=5', ['PCAQ0412']],
    ['?top=5', `${DEFAULT}?top=5`, []],
    ['top=5', `${DEFAULT}?top=5`, []],
  ])('keeps the base of %s', async (url, expected, warnings) => {
    const result = await run(['url', '--url', url]);
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 0, stdout: `${expected}\n` });
    expect([...result.stderr.matchAll(/warning (PCAQ\d{4})/g)].map((m) => m[1])).toEqual(warnings);
  });

  it('--base overrides the base of --url', async () => {
    expect((await run(['url', '--url', 'https://example.com/a?top=5', '--base', '/b'])).stdout).toBe('/b?top=5\n');
  });

  it('prints filter and group-by canonically, keeping the base', async () => {
    const result = await run(['url', '--url', "https://example.com/a?groupby=%20channel&filter=channel+eq+'x'"]);
    expect(result.stdout).toBe("https://example.com/a?filter=channel%20eq%20%27x%27&groupby=channel\n");
  });

  it('reads --url from standard input with -', async () => {
    expect(await run(['url', '--url', '-'], { stdin: '/partner/v1/analytics/search?top=5\n' })).toEqual({ code: 0, stdout: '/partner/v1/analytics/search?top=5\n', stderr: '' });
  });

  it('--format json prints the URL and the warnings', async () => {
    const result = await run(['url', '--url', '?top=5&x=1', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ url: `${DEFAULT}?top=5&x=1`, diagnostics: [{ code: 'PCAQ0404', source: 'url' }] });
  });

  it('--format json reports a query with errors as an error object, exit 1', async () => {
    const result = await run(['url', '--url', '?top=100&top=200', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { kind: 'query', exitCode: 1, diagnostics: [{ code: 'PCAQ0405' }] } });
  });
});
