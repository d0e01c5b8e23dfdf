import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Each package lists exactly what its code uses (docs/architecture.md, "Dependencies"): every
// dependency is imported by a source file, every devDependency by a source or test file (a
// `@types/x` package counts as `x`, and a peer that an imported package requires counts as
// imported), and every package a source file imports is a dependency.
// The one exception is a native package the CLI bundle keeps external (scripts/bundle-cli.mjs):
// the CLI lists it because the bundle loads it on behalf of a workspace package it contains.
// Imports are read by TypeScript's own scanner (static, dynamic and `import type`; comments ignored).
const root = fileURLToPath(new URL('../', import.meta.url));

interface Manifest {
  readonly name: string;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}

function typeScriptFiles(dir: string): string[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'fixtures' ? [] : typeScriptFiles(path);
    return /\.(?:ts|mts|mjs|js)$/.test(path) && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** The packages a file imports: bare specifiers cut to the package name; `node:` and relative ones left out. */
export function importedPackages(text: string): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((spec) => !spec.startsWith('.') && !spec.startsWith('node:') && !spec.startsWith('/'))
    .map((spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'));
}

const importsOf = (files: readonly string[]): Set<string> => new Set(files.flatMap((file) => importedPackages(readFileSync(file, 'utf8'))));
const packages = readdirSync(join(root, 'packages')).filter((name) => statSync(join(root, 'packages', name, 'package.json'), { throwIfNoEntry: false }));
const manifests = new Map(packages.map((name) => [name, JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as Manifest]));
const byName = new Map([...manifests].map(([dir, manifest]) => [manifest.name, dir]));
const srcFiles = (dir: string): string[] => typeScriptFiles(join(root, 'packages', dir, 'src'));
/** Build-time generators under src/generate/ may use development dependencies; the shipped code may not. */
const shipped = (dir: string): string[] => srcFiles(dir).filter((file) => !file.includes('/src/generate/'));
const bundleExternals = new Set(
  [...(/external:\s*\[([^\]]*)\]/.exec(readFileSync(join(root, 'scripts/bundle-cli.mjs'), 'utf8'))?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]!),
);

describe.each(packages)('@pcaq/%s', (dir) => {
  const manifest = manifests.get(dir)!;
  const dependencies = Object.keys(manifest.dependencies ?? {});
  const devDependencies = Object.keys(manifest.devDependencies ?? {});
  const fromSource = importsOf(srcFiles(dir));
  const fromTests = importsOf(typeScriptFiles(join(root, 'packages', dir, 'test')));
  const peersOfImported = new Set(
    [...fromSource, ...fromTests].flatMap((name) => {
      const path = join(root, 'packages', dir, 'node_modules', name, 'package.json');
      const peers = statSync(path, { throwIfNoEntry: false }) ? (JSON.parse(readFileSync(path, 'utf8')) as { peerDependencies?: Record<string, string> }).peerDependencies : undefined;
      return Object.keys(peers ?? {});
    }),
  );

  it('every dependency is imported by a source file', () => {
    const loadedForBundle = (name: string): boolean =>
      dir === 'cli' && bundleExternals.has(name) && dependencies.some((dep) => byName.has(dep) && importsOf(shipped(byName.get(dep)!)).has(name));
    expect(dependencies.filter((name) => !fromSource.has(name) && !loadedForBundle(name))).toEqual([]);
  });

  it('every devDependency is imported by a source or test file', () => {
    const used = (name: string): boolean => {
      const typesOf = name.startsWith('@types/') ? name.slice('@types/'.length) : undefined;
      if (typesOf === 'node') return true; // the types of Node itself, named in tsconfig's "types"
      const target = typesOf ?? name;
      return fromSource.has(target) || fromTests.has(target) || peersOfImported.has(target);
    };
    expect(devDependencies.filter((name) => !used(name))).toEqual([]);
  });

  it('every package its shipped sources import is a dependency', () => {
    const imported = importsOf(shipped(dir));
    expect([...imported].filter((name) => name !== manifest.name && !dependencies.includes(name))).toEqual([]);
  });

  it('every package its generators import is listed', () => {
    const imported = importsOf(srcFiles(dir).filter((file) => file.includes('/src/generate/')));
    expect([...imported].filter((name) => name !== manifest.name && !dependencies.includes(name) && !devDependencies.includes(name))).toEqual([]);
  });
});

it('reads imports as TypeScript does: dynamic and type imports count, comments do not', () => {
  const text = ["import type { A } from '@pcaq/core';", "const m = await import('string-width');", "// import x from 'left-pad';", '/**', " * import pg from 'pg';", ' */', "import { b } from './b.js';", "import fs from 'node:fs';"].join('\n');
  expect(importedPackages(text).sort()).toEqual(['@pcaq/core', 'string-width']);
});
