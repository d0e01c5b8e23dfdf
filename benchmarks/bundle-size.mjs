// The minified size of each library package bundled alone with esbuild (every dependency inlined,
// Node built-ins external): what a browser or serverless user of that package ships.
// Run: node benchmarks/bundle-size.mjs [package ...]   (after `pnpm build`)
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const packages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync(new URL('../packages', import.meta.url)).filter((p) => !['cli', 'testing'].includes(p));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('| package | minified | gzip | largest inputs |\n|---|---|---|---|');
for (const name of packages.sort()) {
  const entry = new URL(`../packages/${name}/dist/index.js`, import.meta.url).pathname;
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'node', write: false, metafile: true, logLevel: 'silent', external: ['@duckdb/*', 'pg', 'pg-native'] });
  const code = result.outputFiles[0].contents;
  const inputs = Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs)
    .map(([path, { bytesInOutput }]) => [path.replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/^.*packages\//, '@pcaq/').split('/').slice(0, 2).join('/'), bytesInOutput]);
  const byPackage = new Map();
  for (const [pkg, bytes] of inputs) byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytes);
  const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([p, b]) => `${p} ${kb(b)}`).join(', ');
  console.log(`| ${name} | ${kb(code.length)} | ${kb(gzipSync(code).length)} | ${top} |`);
}
