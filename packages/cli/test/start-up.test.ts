import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// What a fresh process loads (see docs/performance.md, "Start-up"): modules, never time. These run
// the built packages, as a user would (`pnpm test` builds first).
const root = fileURLToPath(new URL('../../../', import.meta.url));
const recorder = fileURLToPath(new URL('./support/record-loads.mjs', import.meta.url));
const bin = fileURLToPath(new URL('../bin/pcaq.js', import.meta.url));

function loadedBy(args: readonly string[]): { modules: string[]; status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, ['--import', recorder, ...args], { cwd: root, encoding: 'utf8' });
  const modules = result.stderr
    .split('\n')
    .filter((line) => line.startsWith('loaded: '))
    .map((line) => line.slice('loaded: '.length));
  return { modules, status: result.status, stdout: result.stdout };
}

const packageOf = (url: string): string | undefined => /\/packages\/([^/]+)\/dist\//.exec(url)?.[1];

describe('start-up', () => {
  test('pcaq lint loads neither the other commands nor their packages', () => {
    const { modules, status } = loadedBy([bin, 'lint', '--filter', "channel eq 'x'"]);
    expect(status).toBe(0);
    const packages = new Set(modules.map(packageOf).filter((name) => name !== undefined));
    expect([...packages].sort()).toEqual(['checker', 'cli', 'core', 'linter', 'parser', 'printer']);
    expect(modules.filter((url) => /\/commands\/(?!lint\.js)/.test(url))).toEqual([]);
  });

  test('pcaq --help still lists every command', () => {
    const { stdout, status } = loadedBy([bin, '--help']);
    expect(status).toBe(0);
    for (const name of ['lint', 'fmt', 'url', 'eval', 'sql']) expect(stdout).toMatch(new RegExp(`^\\s+${name}\\b`, 'm'));
  });

  test("import('pcaq') loads chevrotain as its single-file bundle, not lodash-es", () => {
    const { modules, status } = loadedBy(['--input-type=module', '-e', "await import('pcaq')"]);
    expect(status).toBe(0);
    expect(modules.filter((url) => url.includes('/chevrotain/'))).toEqual([expect.stringMatching(/\/chevrotain\/lib\/chevrotain\.mjs$/)]);
    expect(modules.filter((url) => url.includes('lodash'))).toEqual([]);
  });
});
