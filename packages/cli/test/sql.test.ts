import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

/** Runs `pcaq sql ...argv` in-process through the CLI's runner (its exit codes and messages). */
const runSql = (argv: readonly string[]) => run(['sql', ...argv]);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pcaq-sql-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('pcaq sql', () => {
  it('prints the DuckDB SQL, then its parameters as a numbered list', async () => {
    const result = await runSql(['--filter', "channel eq 'Reseller'", '--groupby', 'customerTenantId', '--top', '5']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^WITH "pcaq_source" AS \(/);
    expect(result.stdout).toContain('FROM "license_usage"');
    expect(result.stdout).toContain('arg_min_null');
    expect(result.stdout.endsWith('\n-- parameters\n-- $1 = "Reseller"\n-- $2 = 5\n-- $3 = 0\n')).toBe(true);
  });

  it('prints PostgreSQL SQL for a schema-qualified table with an ordinal column', async () => {
    const result = await runSql(['--dialect', 'postgres', '--table', 'analytics.License Usage', '--ordinal', 'row_id', '--groupby', 'channel']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('FROM "analytics"."License Usage"');
    expect(result.stdout).toContain('"row_id" AS "pcaq_ordinal"');
    expect(result.stdout).toContain('AS NUMERIC');
  });

  it('prints JSON with --format json', async () => {
    const result = await runSql(['--format', 'json', '--filter', "workloadCode ne 'O''Brien'", '--all']);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { dialect: string; sql: string; params: unknown[]; columns: string[] };
    expect(output.dialect).toBe('duckdb');
    expect(output.params).toEqual(["O'Brien"]);
    expect(output.sql).toContain(`<> replace(lower($1), 'ς', 'σ')`);
    expect(output.sql).not.toContain('Brien');
    expect(output.columns).toContain('licensesActive');
  });

  it('reads a file with --file, a JSON response body unnested', async () => {
    const path = join(dir, 'body.json');
    await writeFile(path, '{"Value": []}');
    const result = await runSql(['--file', path, '--groupby', 'channel']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('unnest("Value"');
    expect(result.stdout).toContain(`-- $1 = ${JSON.stringify(path)}`);
  });

  it('a --file with an extension it cannot tell is a usage error, checked after the file exists', async () => {
    const path = join(dir, 'rows.txt');
    await writeFile(path, 'x');
    const result = await runSql(['--file', path]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/cannot tell the format/);
  });

  it('a --file that is a directory is a usage error naming it', async () => {
    const result = await runSql(['--file', dir]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain(`'${dir}' is a directory`);
  });

  it('reports query errors as pcaq lint does, on stderr, printing no SQL (exit 1)', async () => {
    const result = await runSql(['--filter', "channel EQ 'x'"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/filter:1:9: error PCAQ0105/);
  });

  it('prints warnings and still the SQL (exit 0)', async () => {
    const result = await runSql(['--groupby', 'channel,channel']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/PCAQ0303/);
    expect(result.stdout).toContain(`GROUP BY replace(lower("channel"), 'ς', 'σ')`);
  });

  it.each([
    [['--dialect', 'mysql'], /--dialect must be one of duckdb, postgres/],
    [['--table', 'a..b'], /table name "a\.\.b" has an empty part/],
    [['--dialect', 'postgres', '--file', 'x.csv'], /--file needs --dialect duckdb/],
    [['--file', 'x.csv', '--table', 't'], /cannot be combined/],
    [['--file', 'nosuch.parquet'], /no such file: 'nosuch\.parquet'/],
    [['--input-format', 'csv'], /--input-format goes with --file/],
  ])('exits 2 for %j', async (argv, message) => {
    const result = await runSql(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
