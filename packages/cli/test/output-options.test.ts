import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const USAGE = fileURLToPath(new URL('./fixtures/eval/usage.json', import.meta.url));
const WARNS = ['--groupby', 'channel,channel']; // PCAQ0303, a warning

describe('--quiet prints errors only', () => {
  it('lint: warnings left out of text and JSON; errors kept', async () => {
    expect(await run(['lint', ...WARNS, '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse((await run(['lint', ...WARNS, '--quiet', '--format', 'json'])).stdout)).toEqual({ diagnostics: [] });
    expect((await run(['lint', ...WARNS, '--filter', "channel EQ 'x'", '--quiet'])).stdout).toMatch(/^filter:1:9: error PCAQ0105[^]*1 error, 0 warnings\n$/);
  });

  it.each<[string, string[]]>([
    ['url', ['url']],
    ['sql', ['sql']],
    ['eval', ['eval', USAGE]],
  ])('%s: no warnings on stderr', async (_title, argv) => {
    const loud = await run([...argv, ...WARNS]);
    expect(loud.stderr).toMatch(/PCAQ0303/);
    const quiet = await run([...argv, ...WARNS, '--quiet']);
    expect(quiet).toMatchObject({ code: 0, stderr: '', stdout: loud.stdout });
  });
});

describe('--max-warnings N: more than N warnings is a failure', () => {
  it('lint exits 1 past N and says why; at N it exits 0', async () => {
    const past = await run(['lint', ...WARNS, '--max-warnings', '0']);
    expect(past.code).toBe(1);
    expect(past.stderr).toBe('pcaq: 0 errors, 1 warning, more than --max-warnings 0\n');
    expect((await run(['lint', ...WARNS, '--max-warnings', '1'])).code).toBe(0);
  });

  it.each<[string, string[]]>([
    ['url', ['url']],
    ['sql', ['sql']],
    ['eval', ['eval', USAGE]],
  ])('%s prints nothing on stdout past N (exit 1)', async (_title, argv) => {
    expect(await run([...argv, ...WARNS, '--max-warnings', '0'])).toMatchObject({ code: 1, stdout: '' });
  });

  it.each([['-1'], ['x'], ['1.5']])('--max-warnings %s is a usage error', async (value) => {
    expect((await run(['lint', ...WARNS, '--max-warnings', value])).code).toBe(2);
  });
});

describe("'-' reads standard input", () => {
  it.each<[string, string[], string]>([
    ['--filter -', ['lint', '--filter', '-', '--format', 'json'], "channel EQ 'x'\n"],
    ['--groupby -', ['lint', '--groupby', '-', '--format', 'json'], 'channel,,workloadCode\r\n'],
    ['--url -', ['lint', '--url', '-', '--format', 'json'], "\uFEFF?filter=channel%20EQ%20%27x%27\n"],
  ])('%s reads it (one final line break dropped)', async (_title, argv, stdin) => {
    const fromStdin = await run(argv, { stdin });
    const direct = await run(argv.map((a, i) => (i === 2 ? stdin.replace(/^\uFEFF/, '').replace(/\r?\n$/, '') : a)));
    expect(fromStdin).toEqual(direct);
    expect(fromStdin.code).toBe(1);
  });

  it('sql and eval take the filter from standard input too', async () => {
    const sql = await run(['sql', '--filter', '-'], { stdin: "channel eq 'x'\n" });
    expect(sql).toEqual(await run(['sql', '--filter', "channel eq 'x'"]));
    const evaluated = await run(['eval', USAGE, '--filter', '-'], { stdin: "channel eq 'reseller'\n" });
    expect(evaluated).toEqual(await run(['eval', USAGE, '--filter', "channel eq 'reseller'"]));
  });

  it.each<[string, string[]]>([
    ['two options', ['lint', '--filter', '-', '--groupby', '-']],
    ['an option and the rows of eval', ['eval', '-', '--filter', '-']],
  ])('asking for it twice (%s) is a usage error', async (_title, argv) => {
    const result = await run(argv, { stdin: 'x' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/standard input can be read once/);
  });
});

describe('colour', () => {
  const argv = ['lint', '--filter', "channel EQ 'x'"];
  const coloured = /\u001b\[/;
  it.each<[string, Record<string, string>, string[], boolean]>([
    ['a TTY', {}, [], true],
    ['NO_COLOR=1', { NO_COLOR: '1' }, [], false],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, [], false],
    ['FORCE_COLOR=false', { FORCE_COLOR: 'false' }, [], false],
    ['TERM=dumb', { TERM: 'dumb' }, [], false],
    ['--no-color', {}, ['--no-color'], false],
    ['--color with NO_COLOR=1', { NO_COLOR: '1' }, ['--color'], true],
  ])('on %s', async (_title, env, flags, expected) => {
    const result = await run([...argv, ...flags], { tty: true, env });
    expect(coloured.test(result.stdout)).toBe(expected);
  });

  it.each<[string, Record<string, string>, string[], boolean]>([
    ['not a TTY', {}, [], false],
    ['FORCE_COLOR=1', { FORCE_COLOR: '1' }, [], true],
    ['--color', {}, ['--color'], true],
  ])('off a TTY, %s', async (_title, env, flags, expected) => {
    const result = await run([...argv, ...flags], { env });
    expect(coloured.test(result.stdout)).toBe(expected);
  });
});
