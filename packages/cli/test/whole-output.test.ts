import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutputTarget } from '../src/output-target.js';
import { run } from './run-cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/eval/${name}`, import.meta.url));

let dir: string;
let manyRows: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pcaq-whole-'));
  // Many good rows, then a bad one: rows were already evaluated (and once streamed) when it is met.
  const header = 'processedDateTime,workloadCode,channel,licensesActive,licensesQualified\n';
  const good = Array.from({ length: 5000 }, (_, i) => `2018-10-14T00:00:00,W${i},reseller,${i},1\n`).join('');
  manyRows = join(dir, 'late-error.csv');
  writeFileSync(manyRows, `${header}${good}2018-10-14T00:00:00,BAD,reseller,-5,1\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('output is whole or absent, and the exit status says which', () => {
  const cases = ['json', 'ndjson', 'csv', 'table'].flatMap((format) => [
    [format, ['--all']],
    // With the date given, matching rows are known, and were once printed, before the bad row is read.
    [format, ['--processed-date-time', '2018-10-14']],
  ]) as [string, string[]][];
  it.each(cases)('a bad row after good ones leaves standard output empty (--format %s %j)', async (format, extra) => {
    const result = await run(['eval', manyRows, ...extra, '--format', format]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/late-error\.csv:5002:34: error PCAQ0513: licensesActive must be a non-negative integer/);
    if (format === 'json') expect(JSON.parse(result.stdout)).toMatchObject({ error: { kind: 'data', line: 5002, code: 'PCAQ0513' } });
    else expect(result.stdout).toBe('');
  });

  it('-o FILE is not created when the command fails, and no temporary file is left', async () => {
    const target = join(dir, 'out-fail.ndjson');
    const result = await run(['eval', manyRows, '--all', '--format', 'ndjson', '-o', target]);
    expect(result.code).toBe(1);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('-o FILE keeps its old content when the command fails', async () => {
    const target = join(dir, 'kept.json');
    writeFileSync(target, 'old\n');
    await run(['eval', manyRows, '--all', '-o', target]);
    expect(readFileSync(target, 'utf8')).toBe('old\n');
  });

  it('-o FILE holds the whole output when the command succeeds, and standard output nothing', async () => {
    const target = join(dir, 'ok.ndjson');
    const direct = await run(['eval', fixture('usage.json'), '--all', '--format', 'ndjson']);
    const result = await run(['eval', fixture('usage.json'), '--all', '--format', 'ndjson', '-o', target]);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(target, 'utf8')).toBe(direct.stdout);
  });

  it.each<[string, string[]]>([
    ['lint', ['lint', '--filter', "channel EQ 'x'"]],
    ['lint --format json', ['lint', '--filter', "channel EQ 'x'", '--format', 'json']],
    ['fmt', ['fmt', "channel  eq 'x'"]],
    ['url', ['url', '--top', '5']],
    ['sql', ['sql', '--top', '5']],
  ])('-o FILE works for %s: the file holds what standard output would', async (_title, argv) => {
    const target = join(dir, `${argv.join('_').replace(/\W+/g, '_')}.out`);
    const direct = await run(argv);
    const result = await run([...argv, '-o', target]);
    expect(result.code).toBe(direct.code);
    expect(result.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toBe(direct.stdout);
  });

  it('-o onto a directory is a usage error, before any work', async () => {
    const result = await run(['url', '--top', '5', '-o', dir]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/it is a directory/);
  });

  it('-o into a directory that does not exist is a usage error, before any work', async () => {
    const result = await run(['url', '--top', '5', '-o', join(dir, 'no', 'such', 'dir', 'x')]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/cannot write/);
  });
});

describe('OutputTarget', () => {
  function sink(): { stream: Writable; text: () => string } {
    let text = '';
    return { stream: new Writable({ write: (chunk: Buffer, _e, done) => ((text += chunk.toString()), done()) }), text: () => text };
  }

  it('past its memory limit, spills to a temporary file and still delivers everything, in order', async () => {
    const out = sink();
    const target = new OutputTarget(out.stream, undefined, 1000);
    const pieces = Array.from({ length: 500 }, (_, i) => `line ${i} ü€😀\n`);
    for (const piece of pieces) target.write(piece);
    expect(out.text()).toBe('');
    await target.commit();
    expect(out.text()).toBe(pieces.join(''));
  });

  test.prop([fc.array(fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', '\n') }), { maxLength: 30 }), fc.nat(200), fc.boolean()])(
    'delivers exactly what was written, in order, or nothing at all, wherever it spills',
    async (pieces, limit, succeed) => {
      const out = sink();
      const target = new OutputTarget(out.stream, undefined, limit);
      for (const piece of pieces) target.write(piece);
      if (succeed) await target.commit();
      else target.discard();
      expect(out.text()).toBe(succeed ? pieces.join('') : '');
    },
  );

  it('discard after a spill writes nothing and removes the temporary file', async () => {
    const out = sink();
    const target = new OutputTarget(out.stream, undefined, 10);
    target.write('x'.repeat(100));
    const before = readdirSync(tmpdir()).filter((name) => name.startsWith('pcaq-output-')).length;
    target.discard();
    await target.commit();
    expect(out.text()).toBe('');
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('pcaq-output-')).length).toBe(before - 1);
  });
});
