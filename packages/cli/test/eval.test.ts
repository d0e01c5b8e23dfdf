import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/eval/${name}`, import.meta.url));
const USAGE = fixture('usage.json');

interface Envelope {
  Value: Record<string, unknown>[];
  '@nextLink': string | null;
  TotalCount: number;
}

async function evalJson(args: readonly string[]): Promise<Envelope> {
  const result = await run(['eval', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Envelope;
}

describe('pcaq eval: results', () => {
  it("prints the service's envelope, with exact sums past 2^53 - 1", async () => {
    const result = await run(['eval', USAGE, '--groupby', 'workloadCode']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"licensesActive":9007199254740998');
    const envelope = JSON.parse(result.stdout) as Envelope;
    expect(Object.keys(envelope)).toEqual(['Value', '@nextLink', 'TotalCount']);
    expect(envelope.Value.map((row) => [row['workloadCode'], row['licensesQualified']])).toEqual([
      ['SPO', 1],
      ['EXO', 4],
      ['SFB', 10],
    ]);
    expect(envelope).toMatchObject({ '@nextLink': null, TotalCount: 3 });
  });

  it.each(['usage.json', 'usage.ndjson', 'usage.csv'])('%s gives the same answer as the others', async (name) => {
    const args = ['--filter', "workloadCode eq 'sfb' or channel eq 'RESELLER'", '--groupby', 'customerTenantId,workloadCode'];
    const expected = await run(['eval', USAGE, ...args]);
    expect(await run(['eval', fixture(name), ...args])).toEqual(expected);
  });

  it('pages with --top and --skip and links the next page', async () => {
    const envelope = await evalJson([USAGE, '--filter', "channel ne 'direct'", '--top', '2', '--skip', '1']);
    expect(envelope.Value.map((row) => row['workloadCode'])).toEqual(['EXO', 'sfb']);
    expect(envelope['@nextLink']).toBe('/v1/analytics/commercial/usage/license/?filter=channel%20ne%20%27direct%27&top=2&skip=3');
    expect(envelope.TotalCount).toBe(4);
  });

  it('takes the query from --url, and the next link from its path', async () => {
    const url = "https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license?filter=channel%20eq%20%27Reseller%27&top=1";
    const envelope = await evalJson([USAGE, '--url', url]);
    expect(envelope['@nextLink']).toBe('/partner/v1/analytics/commercial/usage/license?filter=channel%20eq%20%27Reseller%27&top=1&skip=1');
  });

  it('--all ignores paging', async () => {
    const envelope = await evalJson([USAGE, '--top', '1', '--skip', '1', '--all']);
    expect(envelope.Value).toHaveLength(5);
    expect(envelope['@nextLink']).toBeNull();
  });

  it('--all from standard input (one pass) equals --all from a file (two passes)', async () => {
    const text = readFileSync(fixture('usage.ndjson'), 'utf8');
    const fromStdin = await run(['eval', '-', '--input-format', 'ndjson', '--all', '--format', 'ndjson'], { stdin: text });
    const fromFile = await run(['eval', fixture('usage.ndjson'), '--all', '--format', 'ndjson']);
    expect(fromStdin).toEqual(fromFile);
    expect(fromFile.stdout.trimEnd().split('\n')).toHaveLength(5);
  });

  it('--processed-date-time picks a snapshot; --case-sensitive compares exactly', async () => {
    expect((await evalJson([USAGE, '--processed-date-time', '2018-09-14'])).TotalCount).toBe(1);
    expect((await evalJson([USAGE, '--filter', "workloadCode eq 'SFB'", '--case-sensitive'])).TotalCount).toBe(2);
    expect((await evalJson([USAGE, '--filter', "workloadCode eq 'SFB'"])).TotalCount).toBe(3);
  });

  it('reads standard input with -', async () => {
    const text = readFileSync(fixture('usage.ndjson'), 'utf8');
    const result = await run(['eval', '-', '--input-format', 'ndjson', '--groupby', 'channel'], { stdin: text });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Envelope).TotalCount).toBe(2);
  });
});

describe('pcaq eval --engine duckdb', () => {
  it.each(['usage.csv', 'usage.ndjson'])('%s: answers as the js engine does', async (name) => {
    const args = ['eval', fixture(name), '--filter', "channel eq 'RESELLER'", '--groupby', 'customerTenantId,workloadCode', '--top', '1'];
    const js = await run(args);
    expect(js.code).toBe(0);
    expect(await run([...args, '--engine', 'duckdb'])).toEqual(js);
  });

  it('bad data is exit 1 with a one-line message', async () => {
    const result = await run(['eval', fixture('bad.csv'), '--engine', 'duckdb']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^pcaq: .*bad\.csv:\d+(:\d+)?: [^\n]*\n$/);
  });

  it.each([[[]], [['--skip-bad-rows']]])('bad data %j: the same output, messages and exit status as the js engine', async (extra) => {
    const args = ['eval', fixture('bad.csv'), '--groupby', 'workloadCode', ...extra];
    expect(await run([...args, '--engine', 'duckdb'])).toEqual(await run(args));
  });
});

describe('pcaq eval: output formats', () => {
  it('ndjson: one row per line, exact integers', async () => {
    const result = await run(['eval', USAGE, '--groupby', 'workloadCode', '--format', 'ndjson']);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      '{"workloadCode":"SPO","licensesActive":0,"licensesQualified":1,"processedDateTime":"2018-10-14T00:00:00"}',
      '{"workloadCode":"EXO","licensesActive":3,"licensesQualified":4,"processedDateTime":"2018-10-14T00:00:00"}',
      '{"workloadCode":"SFB","licensesActive":9007199254740998,"licensesQualified":10,"processedDateTime":"2018-10-14T00:00:00"}',
    ]);
  });

  it('csv: a header, quoted cells where needed', async () => {
    const result = await run(['eval', USAGE, '--groupby', 'customerName', '--format', 'csv']);
    expect(result.stdout.split('\r\n')).toEqual([
      'customerName,licensesActive,licensesQualified,processedDateTime',
      'TEST COMPANY,9007199254740996,9,2018-10-14T00:00:00',
      '"O\'Brien, ""Söhne""",5,6,2018-10-14T00:00:00',
      '',
    ]);
  });

  it('csv and ndjson say on stderr that more pages exist', async () => {
    const result = await run(['eval', USAGE, '--top', '2', '--format', 'csv']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('pcaq: 5 rows in all; next page: /v1/analytics/commercial/usage/license/?top=2&skip=2\n');
  });

  it('table: aligned, numbers right-aligned', async () => {
    const result = await run(['eval', USAGE, '--groupby', 'workloadCode', '--format', 'table', '--top', '2']);
    expect(result.stdout.split('\n')).toEqual([
      'workloadCode  licensesActive  licensesQualified  processedDateTime',
      '------------  --------------  -----------------  -------------------',
      'SPO                        0                  1  2018-10-14T00:00:00',
      'EXO                        3                  4  2018-10-14T00:00:00',
      '',
      '2 of 3 rows',
      'next page: /v1/analytics/commercial/usage/license/?groupby=workloadCode&top=2&skip=2',
      '',
    ]);
  });
});

describe('pcaq eval: problems', () => {
  it('lints the query first: errors print as pcaq lint prints them, exit 1, nothing evaluated', async () => {
    const filter = "channel EQ 'x' and WorkloadCode eq 'y'";
    const lint = await run(['lint', '--filter', filter]);
    const result = await run(['eval', USAGE, '--filter', filter]);
    expect(result).toEqual({ code: 1, stdout: '', stderr: lint.stdout });
  });

  it('bad data: names file and line, exit 1, no stack trace', async () => {
    const result = await run(['eval', fixture('bad.csv')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`pcaq: ${fixture('bad.csv')}:4:197: error PCAQ0513: licensesActive must be a non-negative integer written in digits; found '-5'\n`);
  });

  it("the source page's example as printed (its ']' is missing) is malformed JSON at 31:1", async () => {
    const result = await run(['eval', fixture('page-example.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^pcaq: .*page-example\.json:31:1: error PCAQ0506: malformed JSON: expected ',' or '\]' after a row, found '\}'\n$/);
  });

  it('--skip-bad-rows evaluates the rest and reports what it skipped, and where', async () => {
    const result = await run(['eval', fixture('bad.csv'), '--skip-bad-rows', '--groupby', 'workloadCode']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Envelope).Value.map((row) => row['licensesActive'])).toEqual([0, 3, 2]);
    expect(result.stderr.split('\n')).toEqual([
      'pcaq: skipped 2 bad rows:',
      `  ${fixture('bad.csv')}:4:197: error PCAQ0513: licensesActive must be a non-negative integer written in digits; found '-5'`,
      `  ${fixture('bad.csv')}:5:207: error PCAQ0514: expected 12 columns (as in the header), found 11`,
      '',
    ]);
  });

  it.each<[string, string[], RegExp]>([
    ['a missing file', ['nope.json'], /^pcaq: no such file: 'nope.json'/],
    ['an unknown extension', [fixture('usage.txt')], /name it .json, .ndjson, .jsonl or .csv, or give the format with --input-format json, ndjson or csv/],
    ['a bad --format', [USAGE, '--format', 'xml'], /--format must be one of json, ndjson, csv, table/],
    ['a bad --input-format', [USAGE, '--input-format', 'xml'], /--input-format must be one of/],
    ['duckdb over standard input', ['-', '--engine', 'duckdb'], /standard input needs --engine js/],
  ])('%s is a usage error (exit 2)', async (_title, args, message) => {
    const result = await run(['eval', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
