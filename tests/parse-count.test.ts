import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

// Counts the parser's invocations: the real parser, wrapped. Every package reaches the parser
// through '@pcaq/parser' (the source of every workspace package is inlined in tests), so the
// mock sees every parse, the linter's included (docs/architecture.md, "The checked query").
const parses = vi.hoisted(() => ({ filter: 0, groupby: 0 }));
vi.mock('@pcaq/parser', async (importOriginal) => {
  const real = await importOriginal<typeof import('@pcaq/parser')>();
  return {
    ...real,
    parseFilterSyntax: (...args: Parameters<typeof real.parseFilterSyntax>) => {
      parses.filter++;
      return real.parseFilterSyntax(...args);
    },
    parseGroupBySyntax: (...args: Parameters<typeof real.parseGroupBySyntax>) => {
      parses.groupby++;
      return real.parseGroupBySyntax(...args);
    },
  };
});

const { anyOf, licenseUsageQuery, where } = await import('@pcaq/builder');
const { evaluate } = await import('@pcaq/evaluator');
const { compileSql } = await import('@pcaq/sql');
const { createIo, runCli } = await import('@pcaq/cli');

const ROWS = [
  { customerTenantId: '0112a436-b14e-4888-967b-ca4bb2cf1234', workloadCode: 'SFB', channel: 'Reseller', licensesActive: 3, licensesQualified: 4, processedDateTime: '2018-10-14T00:00:00' },
  { customerTenantId: '0112a436-b14e-4888-967b-ca4bb2cf1235', workloadCode: 'EXO', channel: 'Direct', licensesActive: 1, licensesQualified: 1, processedDateTime: '2018-10-14T00:00:00' },
];
const directory = mkdtempSync(join(tmpdir(), 'pcaq-parse-count-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function cli(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const text = { stdout: '', stderr: '' };
  const sink = (key: 'stdout' | 'stderr'): Writable =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        text[key] += chunk.toString();
        done();
      },
    });
  const stdin = new PassThrough();
  stdin.end();
  const io = createIo({ stdout: sink('stdout'), stderr: sink('stderr'), stdin, env: {}, stdoutIsTty: false, stderrIsTty: false });
  const code = await runCli(argv, io);
  return { code, ...text };
}

beforeEach(() => {
  parses.filter = 0;
  parses.groupby = 0;
});

describe('the parser runs once per parameter, at the edge, and never after the linter', () => {
  it('counts what it claims to count: checking a filter and a group-by text parses each once', async () => {
    const { checkQuery } = await import('@pcaq/linter');
    expect(checkQuery({ filter: "channel eq 'Reseller'", groupby: 'workloadCode' }).checked).toBeDefined();
    expect(parses).toEqual({ filter: 1, groupby: 1 });
  });

  it('builder -> evaluate -> compileSql parses 0 times', () => {
    const checked = licenseUsageQuery()
      .filter(where('channel').eq('Reseller').or(anyOf('workloadCode', ['SFB', 'EXO'])))
      .groupBy('customerTenantId', 'workloadCode')
      .top(100)
      .toChecked();
    const outcome = evaluate(ROWS, checked);
    const sql = compileSql(checked, { dialect: 'duckdb', source: 'license_usage' });
    expect(outcome.ok && outcome.totalCount).toBe(2);
    expect(sql.params).toContain('Reseller');
    expect(parses).toEqual({ filter: 0, groupby: 0 });
  });

  it('pcaq url parses each parameter once', async () => {
    const result = await cli(['url', '--filter', "channel eq 'Reseller'", '--groupby', 'workloadCode,channel', '--top', '5']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('filter=channel%20eq%20%27Reseller%27&groupby=workloadCode%2Cchannel&top=5');
    expect(parses).toEqual({ filter: 1, groupby: 1 });
  });

  it('pcaq url --url parses each parameter once', async () => {
    const result = await cli(['url', '--url', '?filter=channel+eq+%27Reseller%27&groupby=channel']);
    expect(result.code).toBe(0);
    expect(parses).toEqual({ filter: 1, groupby: 1 });
  });

  it('pcaq eval --engine duckdb parses each parameter once', async () => {
    const file = join(directory, 'rows.json');
    writeFileSync(file, JSON.stringify(ROWS));
    const result = await cli(['eval', file, '--engine', 'duckdb', '--filter', "channel eq 'Reseller'", '--groupby', 'workloadCode']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).TotalCount).toBe(1);
    expect(parses).toEqual({ filter: 1, groupby: 1 });
  });

  it('pcaq eval (the js engine) and pcaq sql parse each parameter once', async () => {
    const file = join(directory, 'rows.json');
    writeFileSync(file, JSON.stringify(ROWS));
    expect((await cli(['eval', file, '--filter', "channel eq 'Reseller'", '--groupby', 'workloadCode'])).code).toBe(0);
    expect(parses).toEqual({ filter: 1, groupby: 1 });
    expect((await cli(['sql', '--filter', "channel eq 'Reseller'", '--groupby', 'workloadCode'])).code).toBe(0);
    expect(parses).toEqual({ filter: 2, groupby: 2 });
  });
});
