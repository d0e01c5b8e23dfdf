import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

// docs/diagnostics.md, PCAQ0522: a file whose format its extension does not tell is a usage error
// (exit 2) naming the extensions that tell one and --input-format, never a stack trace.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pcaq-unknown-format-'));
  await writeFile(join(dir, 'rows.txt'), 'workloadCode,licensesActive,processedDateTime\nSFB,1,2018-10-14\n');
  await writeFile(join(dir, 'rows'), 'workloadCode,licensesActive,processedDateTime\nSFB,1,2018-10-14\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a file whose format its extension does not tell', () => {
  it.each([
    ['eval', 'rows.txt', "('.txt')"],
    ['eval --engine duckdb', 'rows.txt', "('.txt')"],
    ['eval', 'rows', '(it has none)'],
  ])('%s %s is a usage error naming the known extensions and --input-format', async (command, name, extension) => {
    const path = join(dir, name);
    const result = await run([...command.split(' '), path]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      `pcaq: '${path}': cannot tell the format of the file from its extension ${extension}: name it .json, .ndjson, .jsonl or .csv, or give the format with --input-format json, ndjson or csv\n(run 'pcaq eval --help' for usage)\n`,
    );
  });

  it('sql --file is a usage error carrying the library code PCAQ0522, with the extensions DuckDB reads', async () => {
    const path = join(dir, 'rows.txt');
    const result = await run(['sql', '--dialect', 'duckdb', '--file', path]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain(`pcaq: ${path}: error PCAQ0522: cannot tell the format of the file from its extension ('.txt'): name it .csv, .json, .ndjson, .jsonl or .parquet`);
  });

  it('with --format json the usage error is a JSON error object', async () => {
    const path = join(dir, 'rows.txt');
    const result = await run(['eval', path, '--format', 'json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { kind: 'usage', exitCode: 2 } });
    expect(JSON.parse(result.stdout).error.message).toContain('--input-format json, ndjson or csv');
  });

  it('is read when --input-format is given', async () => {
    const result = await run(['eval', join(dir, 'rows.txt'), '--input-format', 'csv', '--groupby', 'workloadCode', '--format', 'ndjson']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout.trim())).toMatchObject({ workloadCode: 'SFB', licensesActive: 1 });
  });
});
