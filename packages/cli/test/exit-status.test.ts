import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createIo, runCli } from '@pcaq/cli';
import { run } from './run-cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/eval/${name}`, import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/eval', import.meta.url));

/** Runs the CLI with a standard input that fails: an error pcaq does not expect. */
async function runWithBrokenStdin(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) => new Writable({ write: (chunk: Buffer, _e, done) => (append(chunk.toString()), done()) });
  const stdin = new Readable({ read() { this.destroy(new Error('the disk went away')); } });
  const io = createIo({ stdout: sink((t) => (stdout += t)), stderr: sink((t) => (stderr += t)), stdin, env: {}, stdoutIsTty: false, stderrIsTty: false });
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe('exit status: 0 clean, 1 problems found, 2 usage error or a bug', () => {
  it('an unexpected internal error exits 2, not 1, with no stack trace', async () => {
    const result = await runWithBrokenStdin(['fmt', '-']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^pcaq: unexpected error: the disk went away\n\(this is a bug in pcaq/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('with --format json an internal error is a JSON error object too', async () => {
    const result = await runWithBrokenStdin(['lint', '--filter', '-', '--format', 'json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({ error: { kind: 'internal', message: 'the disk went away', exitCode: 2 } });
  });

  it.each<[string, string[]]>([
    ['lint --batch DIR', ['lint', '--batch', FIXTURES]],
    ['eval DIR', ['eval', FIXTURES]],
    ['eval DIR --input-format csv', ['eval', FIXTURES, '--input-format', 'csv']],
    ['sql --file DIR', ['sql', '--file', FIXTURES]],
  ])('%s is a usage error naming the directory', async (_title, argv) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`'${FIXTURES}' is a directory`);
    expect(result.stdout).toBe('');
  });

  it.each<[string, string[]]>([
    ['sql --file nosuch.parquet', ['sql', '--file', 'nosuch.parquet']],
    ['eval nosuch.txt (the file, not its extension, is what is wrong)', ['eval', 'nosuch.txt']],
    ['lint --batch nosuch.txt', ['lint', '--batch', 'nosuch.txt']],
  ])('%s: no such file, exit 2, nothing printed', async (_title, argv) => {
    const result = await run(argv);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^pcaq: no such file: 'nosuch\.(parquet|txt)'/);
  });

  it('eval - with CSV on standard input shows the reader\'s whole message, exit 1', async () => {
    const result = await run(['eval', '-'], { stdin: 'processedDateTime,channel\n2018-10-14,x\n' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    // The reader's message, whole (it may grow a hint about --input-format), and no stack trace.
    expect(result.stderr).toMatch(/^pcaq: <stdin>:1:1: error PCAQ0507: malformed JSON: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--format json: errors are a JSON object on standard output', () => {
  it.each<[string, string[], number, Record<string, unknown>]>([
    ['an unknown option', ['lint', '--format', 'json', '--bogus'], 2, { kind: 'usage', message: "unknown option '--bogus'", exitCode: 2 }],
    ['a usage error of eval', ['eval', 'nosuch.json', '--format=json'], 2, { kind: 'usage', message: "no such file: 'nosuch.json'", exitCode: 2 }],
    ['a query error of eval', ['eval', fixture('usage.json'), '--format', 'json', '--filter', "channel EQ 'x'"], 1, { kind: 'query', exitCode: 1 }],
    ['a query error of sql', ['sql', '--format', 'json', '--filter', "channel EQ 'x'"], 1, { kind: 'query', exitCode: 1 }],
    ['bad data', ['eval', fixture('bad.csv'), '--format', 'json'], 1, { kind: 'data', file: fixture('bad.csv'), line: 4, exitCode: 1 }],
    ['a usage error of sql', ['sql', '--format', 'json', '--dialect', 'mysql'], 2, { kind: 'usage', exitCode: 2 }],
  ])('%s', async (_title, argv, code, error) => {
    const result = await run(argv);
    expect(result.code).toBe(code);
    const parsed = JSON.parse(result.stdout) as { error: Record<string, unknown> };
    expect(Object.keys(parsed)).toEqual(['error']);
    expect(parsed.error).toMatchObject(error);
    expect(typeof parsed.error['message']).toBe('string');
  });

  it('a query error carries the diagnostics', async () => {
    const result = await run(['sql', '--format', 'json', '--filter', "channel EQ 'x'"]);
    expect((JSON.parse(result.stdout) as { error: { diagnostics: { code: string }[] } }).error.diagnostics.map((d) => d.code)).toEqual(['PCAQ0105']);
  });

  it('without --format json errors stay off standard output', async () => {
    expect((await run(['eval', 'nosuch.json'])).stdout).toBe('');
    expect((await run(['lint', '--bogus'])).stdout).toBe('');
  });

  it('help is not an error', async () => {
    const result = await run(['lint', '--format', 'json', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: pcaq lint/);
  });
});

