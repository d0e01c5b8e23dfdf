import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// The client runs in a browser: neither it nor any workspace package it loads at run time imports
// Node's modules or globals (docs/client.md, "In a browser").
const packagesDir = fileURLToPath(new URL('../../', import.meta.url));

function runtimeWorkspaceDeps(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  const manifest = JSON.parse(readFileSync(`${packagesDir}${name}/package.json`, 'utf8')) as { dependencies?: Record<string, string> };
  for (const dep of Object.keys(manifest.dependencies ?? {})) {
    if (dep.startsWith('@pcaq/')) runtimeWorkspaceDeps(dep.slice('@pcaq/'.length), seen);
  }
  return seen;
}

it('loads nothing of Node at run time, in itself or in the packages it depends on', () => {
  const packages = [...runtimeWorkspaceDeps('client')];
  expect(packages).toEqual(expect.arrayContaining(['client', 'core', 'linter', 'printer']));
  const offending: string[] = [];
  for (const name of packages) {
    const dir = `${packagesDir}${name}/src/`;
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(dir + file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      if (/from ['"]node:|import\(['"]node:|\brequire\(|\bprocess\.|\bBuffer\./.test(code)) offending.push(`${name}/src/${file}`);
    }
  }
  expect(offending).toEqual([]);
});
