import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The package graph drawn in the README ("Packages") is the one `tsc -b` enforces: each
// package's tsconfig references and its package.json dependencies (docs/architecture.md).
const root = fileURLToPath(new URL('../', import.meta.url));
const short = (name: string): string => name.replace(/^@pcaq\//, '');

interface Declared {
  readonly dependencies: string[];
  readonly references: string[];
}

function packages(): Map<string, Declared> {
  const found = new Map<string, Declared>();
  for (const directory of readdirSync(`${root}packages`)) {
    const manifest = `${root}packages/${directory}/package.json`;
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; dependencies?: Record<string, string> };
    const tsconfig = JSON.parse(readFileSync(`${root}packages/${directory}/tsconfig.json`, 'utf8')) as { references?: { path: string }[] };
    found.set(short(pkg.name), {
      dependencies: Object.keys(pkg.dependencies ?? {}).filter((name) => name.startsWith('@pcaq/') || name === 'pcaq').map(short).sort(),
      references: (tsconfig.references ?? []).map((reference) => reference.path.replace(/^\.\.\//, '')).sort(),
    });
  }
  return found;
}

function readmeSection(): string {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const start = readme.indexOf('## Packages\n');
  return readme.slice(start, readme.indexOf('\n## ', start + 1));
}

/** `layer N` lines of the drawing: each package named on them, with its layer. */
function layers(section: string): Map<string, number> {
  const drawing = section.slice(section.indexOf('```\n') + 4, section.indexOf('\n```', section.indexOf('```\n') + 4));
  const found = new Map<string, number>();
  let layer = -1;
  for (const line of drawing.split('\n')) {
    const heading = /^layer (\d+)/.exec(line);
    if (heading) layer = Number(heading[1]);
    for (const match of line.matchAll(/(?:^|\s)(@pcaq\/[a-z]+|pcaq)(?=\s{2,}|$)/g)) found.set(short(match[1]!), layer);
  }
  return found;
}

/** The table: package -> its workspace dependencies. */
function table(section: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const start = section.indexOf('| package | depends on');
  const rows = section.slice(start, section.indexOf('\n\n', start));
  for (const match of rows.matchAll(/^\| `([^`]+)` \| ([^|]+) \|$/gm)) {
    const list = match[2]!.trim();
    found.set(short(match[1]!), list === 'none' ? [] : list.split(',').map((name) => name.trim()).sort());
  }
  return found;
}

describe('the package graph in the README', () => {
  const actual = packages();
  const section = readmeSection();

  it('lists each package with exactly the workspace dependencies of its package.json and tsconfig references', () => {
    for (const [name, declared] of actual) expect(declared.references, `${name}: tsconfig references vs package.json`).toEqual(declared.dependencies);
    expect(Object.fromEntries(table(section))).toEqual(Object.fromEntries([...actual].map(([name, declared]) => [name, declared.dependencies])));
  });

  it('draws every package on a layer above every package it depends on, so the graph runs one way from core', () => {
    const layerOf = layers(section);
    expect([...layerOf.keys()].sort()).toEqual([...actual.keys()].sort());
    expect(layerOf.get('core')).toBe(0);
    const upward = [...actual].flatMap(([name, declared]) =>
      declared.dependencies.filter((dependency) => layerOf.get(dependency)! >= layerOf.get(name)!).map((dependency) => `${name} -> ${dependency}`),
    );
    expect(upward).toEqual([]);
  });
});
