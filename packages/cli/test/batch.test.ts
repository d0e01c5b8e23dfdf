import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pcaq-batch-'));
  file = join(dir, 'filters.txt');
  writeFileSync(file, "workloadCode eq 'SFB'\n\nchannel == 'x'\n   \nWorkloadCode EQ 'y' and xyzzy eq 'z'\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lint --batch, consistent with lint', () => {
  it('text is the default: each problem named FILE:LINE:COLUMN, blank lines skipped, one count at the end', async () => {
    const result = await run(['lint', '--batch', file]);
    expect(result.code).toBe(1);
    const headers = result.stdout.split('\n').filter((line) => /^\S+:\d+:\d+: /.test(line));
    expect(headers.map((line) => /^\S+:\d+:\d+: \w+ PCAQ\d+/.exec(line.replace(file, 'F'))?.[0])).toEqual([
      'F:3:9: error PCAQ0106',
      'F:5:1: error PCAQ0201',
      'F:5:14: error PCAQ0105',
      'F:5:25: error PCAQ0201',
    ]);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('4 errors, 0 warnings');
  });

  it('--format json prints one JSON line per filter, blank lines skipped', async () => {
    const result = await run(['lint', '--batch', file, '--format', 'json']);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { line: number; filter: string });
    expect(records.map((r) => r.line)).toEqual([1, 3, 5]);
  });

  it('--fix prints one fixed line per input line (blank ones kept) and the problems that remain on stderr', async () => {
    const result = await run(['lint', '--batch', file, '--fix']);
    expect(result.stdout.split('\n')).toEqual(["workloadCode eq 'SFB'", '', "channel eq 'x'", '   ', "workloadCode eq 'y' and xyzzy eq 'z'", '']);
    expect(result.stderr).toMatch(/:5:25: error PCAQ0201: Unknown field 'xyzzy'/);
    expect(result.stderr).not.toMatch(/PCAQ0105|PCAQ0106/);
    expect(result.code).toBe(1);
  });

  it('--fix --format json reports the diagnostics of the fixed text, as plain --fix does', async () => {
    const result = await run(['lint', '--batch', file, '--fix', '--format', 'json']);
    const last = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { fixed: string; diagnostics: { code: string; span: { start: number } }[] };
    const plain = JSON.parse((await run(['lint', '--filter', "WorkloadCode EQ 'y' and xyzzy eq 'z'", '--fix', '--format', 'json'])).stdout) as { diagnostics: unknown[] };
    expect(last.diagnostics).toEqual(plain.diagnostics);
  });
});
