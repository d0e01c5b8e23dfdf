#!/usr/bin/env node
// Writes the generated sources and diagrams (CST typings, railroad diagrams, the CLI's copy of the
// diagnostics reference, the endpoint tables of docs/endpoints.md, the evaluator's field readers) from the built packages. With --check it only compares and exits 1 when a
// file is stale. `pnpm generate` builds first, runs this, then refreshes the rest in one go: the
// golden files of the CLI and of scan (vitest -u) and the SQL blocks of docs/engines.md
// (UPDATE_DOCS=1), each written by the test that checks it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedArtefacts } from '@pcaq/parser/generate';
import { diagnosticDocsModule } from '@pcaq/cli';
import { ENDPOINT_SCHEMAS } from '@pcaq/core';
import { endpointsDoc } from './endpoint-tables.mjs';
import { fieldReadersModule } from './field-readers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const stale = [];
const artefacts = generatedArtefacts();
// `pcaq explain` reads the diagnostics reference from a module generated into the CLI.
artefacts.set('packages/cli/src/generated/diagnostic-docs.ts', diagnosticDocsModule(readFileSync(join(root, 'docs/diagnostics.md'), 'utf8')));
// docs/endpoints.md: the tables come from the schemas, the Decisions around them are hand-written.
artefacts.set('docs/endpoints.md', endpointsDoc(readFileSync(join(root, 'docs/endpoints.md'), 'utf8'), Object.values(ENDPOINT_SCHEMAS)));
// The evaluator's per-field readers: one function literal per field name of the schemas.
artefacts.set('packages/evaluator/src/generated/field-readers.ts', fieldReadersModule(Object.values(ENDPOINT_SCHEMAS)));
for (const [path, content] of artefacts) {
  const file = join(root, path);
  let current;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === content) continue;
  stale.push(path);
  if (!check) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
if (check && stale.length > 0) {
  console.error(`Stale generated files (run pnpm generate):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(stale.length === 0 ? 'Generated files are up to date.' : `Wrote ${stale.length} file(s):\n  ${stale.join('\n  ')}`);
