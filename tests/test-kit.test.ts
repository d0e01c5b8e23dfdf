import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// One test kit (@pcaq/testing): one filter-tree arbitrary, one span-marker convention, one
// withoutSpans; a package's tests use only the packages it depends on, and tests of several
// packages together live in the root tests/ folder (docs/architecture.md, "Tests").
const root = fileURLToPath(new URL('../', import.meta.url));

function typeScriptFiles(dir: string): string[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'fixtures' ? [] : typeScriptFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

const packages = readdirSync(join(root, 'packages')).filter((name) => statSync(join(root, 'packages', name, 'package.json'), { throwIfNoEntry: false }));
const testFiles = [...packages.flatMap((name) => typeScriptFiles(join(root, 'packages', name, 'test'))), ...typeScriptFiles(join(root, 'tests'))];
// This file holds a hand-rolled arbitrary on purpose: the probe of its own finder.
const outsideKit = testFiles.filter((file) => !file.startsWith(join(root, 'packages/testing/')) && file !== fileURLToPath(import.meta.url));
const relative = (file: string): string => file.slice(root.length);

/** The recursive arbitraries of a text (`fc.letrec(...)` / `fc.memo(...)`), each up to its balanced close. */
function recursiveArbitraries(text: string): string[] {
  const found: string[] = [];
  for (const start of [...text.matchAll(/\bfc\.(?:letrec|memo)\s*(?:<[^>]*>)?\(/g)].map((m) => m.index)) {
    let depth = 0;
    for (let i = text.indexOf('(', start); i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) {
        found.push(text.slice(start, i + 1));
        break;
      }
    }
  }
  return found;
}

describe('one test kit', () => {
  it('builds every filter-tree arbitrary with filterTree of @pcaq/testing', () => {
    const own = outsideKit.filter((file) => recursiveArbitraries(readFileSync(file, 'utf8')).some((body) => /FilterNode|\b(?:logical|and|or)\(/.test(body)));
    expect(own.map(relative)).toEqual([]);
  });

  it('defines withoutSpans and the span markers once, in @pcaq/testing', () => {
    const own = outsideKit.filter((file) => /\b(?:function|const|let)\s+(?:withoutSpans|marked)\b/.test(readFileSync(file, 'utf8')));
    expect(own.map(relative)).toEqual([]);
  });

  it("a package's tests import only the workspace packages it depends on; tests of several live in tests/", () => {
    const misplaced: string[] = [];
    for (const name of packages) {
      const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as Record<string, Record<string, string> | string>;
      const own = new Set([manifest['name'] as string, '@pcaq/testing', ...['dependencies', 'devDependencies', 'peerDependencies'].flatMap((key) => Object.keys((manifest[key] as Record<string, string> | undefined) ?? {}))]);
      for (const file of typeScriptFiles(join(root, 'packages', name, 'test'))) {
        for (const [, imported] of readFileSync(file, 'utf8').matchAll(/\bfrom '((?:@pcaq\/[\w-]+|pcaq))(?:\/[^']*)?'/g)) {
          if (!own.has(imported!)) misplaced.push(`${relative(file)} imports ${imported}`);
        }
      }
    }
    expect(misplaced).toEqual([]);
  });
});

it('the arbitrary finder sees a hand-rolled tree arbitrary', () => {
  const text = "const t = fc.letrec<{ node: FilterNode }>((tie) => ({ node: fc.oneof(leaf, fc.array(tie('node')).map(and)) })).node;";
  expect(recursiveArbitraries(text)).toHaveLength(1);
  expect(recursiveArbitraries(text)[0]).toMatch(/FilterNode/);
});
