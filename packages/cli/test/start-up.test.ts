import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// What a fresh process loads (see docs/performance.md, "Start-up"): modules, never time. These run
// the built packages, as a user would (`pnpm test` builds first, the CLI's bundle included).
const root = fileURLToPath(new URL('../../../', import.meta.url));
const recorder = fileURLToPath(new URL('./support/record-loads.mjs', import.meta.url));
const bin = fileURLToPath(new URL('../bin/pcaq.js', import.meta.url));
const bundleDir = fileURLToPath(new URL('../dist/bundle/', import.meta.url));

function loadedBy(args: readonly string[]): { modules: string[]; status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, ['--import', recorder, ...args], { cwd: root, encoding: 'utf8' });
  const modules = result.stderr
    .split('\n')
    .filter((line) => line.startsWith('loaded: '))
    .map((line) => line.slice('loaded: '.length));
  return { modules, status: result.status, stdout: result.stdout };
}

/** esbuild's record of the bundle: each output file and the compiled modules inside it. */
interface BundleMeta {
  readonly inputs: Record<string, unknown>;
  readonly outputs: Record<string, { readonly inputs: Record<string, unknown> }>;
}
const meta = (): BundleMeta => JSON.parse(readFileSync(join(bundleDir, 'meta.json'), 'utf8')) as BundleMeta;

/** The workspace package a bundled module comes from (paths are relative to packages/cli). */
const packageOfInput = (input: string): string | undefined => (input.startsWith('dist/') ? 'cli' : /^\.\.\/([^/]+)\/dist\//.exec(input)?.[1]);

/** The compiled modules a process ran: those of every bundle file it loaded. */
function bundledModules(loaded: readonly string[]): string[] {
  const { outputs } = meta();
  return loaded
    .filter((url) => url.includes('/packages/cli/dist/bundle/'))
    .flatMap((url) => Object.keys(outputs[`dist/bundle/${url.slice(url.lastIndexOf('/') + 1)}`]?.inputs ?? {}));
}

/** Loaded files of the workspace that are not the bundle (a second copy of a module would be one). */
const outsideBundle = (loaded: readonly string[]): string[] =>
  loaded.filter((url) => url.includes('/packages/') && !url.includes('/packages/cli/dist/bundle/') && !url.endsWith('/packages/cli/bin/pcaq.js'));

describe('start-up', () => {
  test('pcaq lint loads neither the other commands nor their packages', () => {
    const { modules, status } = loadedBy([bin, 'lint', '--filter', "channel eq 'x'"]);
    expect(status).toBe(0);
    const inputs = bundledModules(modules);
    const packages = new Set(inputs.map(packageOfInput).filter((name) => name !== undefined));
    expect([...packages].sort()).toEqual(['checker', 'cli', 'core', 'linter', 'parser', 'printer']);
    expect(inputs.filter((input) => /\/commands\/(?!lint\.js)/.test(input))).toEqual([]);
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

  test('the pcaq binary runs the bundle: no compiled file of the workspace is loaded beside it', () => {
    const { modules, status } = loadedBy([bin, 'lint', '--filter', "channel eq 'x'"]);
    expect(status).toBe(0);
    expect(modules.some((url) => url.endsWith('/packages/cli/dist/bundle/bin.js'))).toBe(true);
    expect(outsideBundle(modules)).toEqual([]);
  });

  test('no compiled module is in two files of the bundle, the engines included', () => {
    const { inputs, outputs } = meta();
    const placed = new Map<string, number>();
    for (const output of Object.values(outputs)) for (const input of Object.keys(output.inputs)) placed.set(input, (placed.get(input) ?? 0) + 1);
    const workspace = Object.keys(inputs).filter((input) => packageOfInput(input) !== undefined);
    expect(new Set(workspace.map(packageOfInput))).toEqual(new Set(['checker', 'cli', 'core', 'engines', 'evaluator', 'linter', 'parser', 'printer', 'readers', 'scan', 'sql', 'serve', 'client']));
    // At most one: a module the CLI does not use is tree-shaken out of every file, which is fine.
    expect(workspace.filter((input) => (placed.get(input) ?? 0) > 1)).toEqual([]);
  });

  test('a run on the DuckDB engine loads core once: engines and CLI share one copy in the bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcaq-start-up-'));
    const file = join(dir, 'usage.csv');
    writeFileSync(file, 'workloadCode,licensesActive,licensesQualified,processedDateTime\nSFB,1,2,2024-01-01\n');
    const { modules, status, stdout } = loadedBy([bin, 'eval', file, '--engine', 'duckdb', '--groupby', 'workloadCode']);
    expect(status).toBe(0);
    expect(stdout).toContain('"workloadCode":"SFB"');
    const inputs = bundledModules(modules);
    expect(inputs.some((input) => input.startsWith('../engines/dist/'))).toBe(true);
    const core = inputs.filter((input) => input.startsWith('../core/dist/'));
    expect(core.length).toBeGreaterThan(0);
    expect(new Set(core).size).toBe(core.length);
    expect(outsideBundle(modules)).toEqual([]);
  });

  test('the bundle is not older than any compiled module it was made from', () => {
    const made = statSync(join(bundleDir, 'meta.json')).mtimeMs;
    const cli = fileURLToPath(new URL('../', import.meta.url));
    const newer = Object.keys(meta().inputs).filter((input) => statSync(join(cli, input)).mtimeMs > made);
    expect(newer).toEqual([]);
  });
});
