import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const SPEC_URL =
  'https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license?filter=customerTenantId%20eq%20%270112A436-B14E-4888-967B-CA4BB2CF1234%27';

describe('pcaq lint', () => {
  it('exits 0 and prints nothing for a clean query', async () => {
    const result = await run(['lint', '--filter', "workloadCode eq 'SFB' or (channel eq 'Reseller')", '--top', '100']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prints compiler-style text with the source line and a caret under the whole span', async () => {
    const result = await run(['lint', '--filter', 'workloadCode eq "SFB"']);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^filter:1:17: error PCAQ0104: /);
    expect(lines[1]).toBe('  workloadCode eq "SFB"');
    expect(lines[2]).toBe('                  ^^^^^');
    expect(lines[3]).toMatch(/^ {2}fix: /);
  });

  it('prints the JSON document of docs/diagnostics.md plus source and the doc link', async () => {
    const result = await run(['lint', '--format', 'json', '--filter', 'workloadCode EQ \'SFB\'', '--groupby', 'channel,,workloadCode']);
    expect(result.code).toBe(1);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: Record<string, unknown>[] };
    expect(diagnostics.map((d) => [d['code'], d['source']])).toEqual([
      ['PCAQ0105', 'filter'],
      ['PCAQ0302', 'groupby'],
    ]);
    const [first] = diagnostics;
    expect(Object.keys(first ?? {})).toEqual(['code', 'severity', 'message', 'span', 'line', 'column', 'fixes', 'source', 'docUrl']);
    expect(first).toMatchObject({ severity: 'error', span: { start: 13, end: 15 }, line: 1, column: 14 });
    expect(first?.['docUrl']).toBe('https://pcaq.github.io/pcaq/documents/diagnostics.html#pcaq0105');
  });

  it('--fix prints the fixed filter and exits 0 when nothing remains', async () => {
    const result = await run(['lint', '--fix', '--filter', 'WorkloadCode EQ "SFB" || channel == Reseller']);
    expect(result).toMatchObject({ code: 0, stdout: "workloadCode eq 'SFB' or channel eq 'Reseller'\n" });
  });

  it('--fix keeps what it cannot fix and exits 1', async () => {
    const result = await run(['lint', '--fix', '--filter', "workloadCode EQ 'SFB' and channel gt '5'"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("workloadCode eq 'SFB' and channel gt '5'\n");
    expect(result.stderr).toMatch(/PCAQ0206/);
  });

  it('--fix with --url prints the fixed, canonical URL', async () => {
    const result = await run(['lint', '--fix', '--url', '/v1/analytics/commercial/usage/license/?$filter=channel%20EQ%20%27x%27&$top=5']);
    expect(result).toMatchObject({
      code: 0,
      stdout: '/v1/analytics/commercial/usage/license/?filter=channel%20eq%20%27x%27&top=5\n',
    });
  });

  it('accepts the source page example URL', async () => {
    expect(await run(['lint', '--url', SPEC_URL])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('gives offsets into the decoded parameter text for --url', async () => {
    const result = await run(['lint', '--format', 'json', '--url', '?filter=workloadCode%20eq%20%22SFB%22']);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: Record<string, unknown>[] };
    expect(diagnostics).toMatchObject([{ code: 'PCAQ0104', source: 'filter', span: { start: 16, end: 21 } }]);
  });

  it('warns about $-prefixed names with a fix but exits 0', async () => {
    const result = await run(['lint', '--format', 'json', '--url', '?$filter=channel%20eq%20%27x%27']);
    expect(result.code).toBe(0);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: Record<string, unknown>[] };
    expect(diagnostics).toMatchObject([{ code: 'PCAQ0406', severity: 'warning', source: 'url', span: { start: 1, end: 8 } }]);
  });

  it.each([
    [['lint', '--top', '0'], 'PCAQ0401', 'top'],
    [['lint', '--skip', '-1'], 'PCAQ0402', 'skip'],
    [['lint', '--processed-date-time', '2018-02-30'], 'PCAQ0403', 'processedDateTime'],
  ])('reports %j as %s on %s', async (argv, code, source) => {
    const result = await run([...argv, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ diagnostics: [{ code, source }] });
  });

  it('exits 0 on warnings alone', async () => {
    const result = await run(['lint', '--groupby', 'channel,channel']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^groupby:1:9: warning PCAQ0303: /);
  });

  it.each([
    [['lint']],
    [['lint', '--filter']],
    [['lint', '--bogus']],
    [['lint', '--format', 'xml', '--filter', "channel eq 'x'"]],
    [['lint', '--url', '?filter=a%20eq%20%27x%27', '--filter', "channel eq 'x'"]],
    [['lint', '--batch', '-', '--filter', "channel eq 'x'"]],
    [['lint', '--batch', '/nonexistent/filters.txt']],
    [['frobnicate']],
    [[]],
  ])('exits 2 on the usage error %j, without a stack trace', async (argv) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr.length).toBeGreaterThan(0);
  });

  it('has --help with examples', async () => {
    const result = await run(['lint', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Examples:/);
    expect(result.stdout).toMatch(/--batch/);
  });

  it('--batch --format json prints one JSON line per filter, skips blank lines, and exits 1 when any has errors', async () => {
    const input = "workloadCode eq 'SFB'\r\nchannel == 'x'\n\n  \nproductName eq 'E3'\n";
    const result = await run(['lint', '--batch', '-', '--format', 'json'], { stdin: input });
    expect(result.code).toBe(1);
    const records = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; diagnostics: { code: string }[] });
    expect(records.map((r) => [r.line, r.diagnostics.map((d) => d.code)])).toEqual([
      [1, []],
      [2, ['PCAQ0106']],
      [5, []],
    ]);
  });

  it('colours on a TTY and honours NO_COLOR', async () => {
    const argv = ['lint', '--filter', "channel EQ 'x'"];
    expect((await run(argv, { tty: true })).stdout).toMatch(/\u001b\[/);
    expect((await run(argv, { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
    expect((await run(argv)).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('pcaq lint text output (golden files)', () => {
  const cases: Record<string, string[]> = {
    'many-errors': ['lint', '--filter', 'WorkloadCode EQ "SFB" && (channel == Reseller'],
    'multi-line': ['lint', '--filter', "workloadCode eq 'SFB'\n  or\tchanel eq 'Reseller'"],
    'whole-request': ['lint', '--filter', "customerTenantId eq '{0112A436-B14E-4888-967B-CA4BB2CF1234}'", '--groupby', 'channelcustomerTenantId', '--top', '20000'],
    'url': ['lint', '--url', '/v1/analytics/commercial/usage/license/?filter=channel%20eq%20%27x%27&filter=a&groupBy=channel&sort=x&top=1%2'],
  };
  it.each(Object.entries(cases))('%s', async (name, argv) => {
    const result = await run(argv);
    await expect(`$ pcaq ${JSON.stringify(argv)}\nexit ${result.code}\n${result.stdout}${result.stderr}`).toMatchFileSnapshot(
      `golden/${name}.txt`,
    );
  });
});
