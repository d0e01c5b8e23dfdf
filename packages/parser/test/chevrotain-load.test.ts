import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as chevrotain from 'chevrotain';

// src/chevrotain.ts loads chevrotain's single-file bundle under Node (docs/performance.md,
// "Start-up"); test/start-up.test.ts of @pcaq/cli checks that the built package does.
const src = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('chevrotain loading', () => {
  test('only src/chevrotain.ts imports values from the chevrotain package', () => {
    const importers = sourceFiles(src).filter((file) => /^import (?!type )[^;]*from ['"]chevrotain['"]/m.test(readFileSync(file, 'utf8')));
    expect(importers.map((file) => file.slice(src.length))).toEqual([]);
  });

  test('the single-file bundle beside the package entry has the same API', async () => {
    const entry = createRequire(import.meta.url).resolve('chevrotain');
    expect(entry).toMatch(/[\\/]lib[\\/]src[\\/]api\.js$/);
    const bundle = (await import(pathToFileURL(join(entry, '../../chevrotain.mjs')).href)) as Record<string, unknown>;
    expect(Object.keys(bundle).sort()).toEqual(Object.keys(chevrotain).sort());
    expect(bundle['VERSION']).toBe(chevrotain.VERSION);
  });
});
