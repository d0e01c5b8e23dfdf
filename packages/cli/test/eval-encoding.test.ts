import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'pcaq-encoding-'));
const latin1Csv = join(dir, 'latin1.csv');
writeFileSync(latin1Csv, Buffer.from('channel,licensesActive\nCafé,1\n', 'latin1'));

describe('pcaq eval --encoding', () => {
  it('bytes that are not UTF-8 are an error naming file, line and column, with the flag to give', async () => {
    const result = await run(['eval', latin1Csv, '--all', '--format', 'ndjson']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`pcaq: ${latin1Csv}:2:4: error PCAQ0504: byte 0xE9 is not valid UTF-8 (if the file was saved as Windows-1252 or Latin-1, as older Excel versions save CSV, give --encoding windows-1252 or --encoding latin1)\n`);
  });

  it.each(['windows-1252', 'latin1', 'ISO-8859-1'])('--encoding %s reads it', async (encoding) => {
    const result = await run(['eval', latin1Csv, '--all', '--format', 'ndjson', '--encoding', encoding]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('{"channel":"Café","licensesActive":1}\n');
  });

  it('an unknown encoding is a usage error', async () => {
    const result = await run(['eval', latin1Csv, '--encoding', 'ebcdic']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--encoding must be one of utf-8, utf-16le, utf-16be, windows-1252, latin1');
  });
});
