/**
 * The generated artefacts of the parser package, as text (no file system access here):
 * `scripts/generate.mjs` writes them, and a test fails when the committed files differ.
 * Node-only by its dependency on railroad-diagrams (a devDependency), so it is a subpath export
 * (`@pcaq/parser/generate`), never part of the browser-safe main entry.
 *
 * @packageDocumentation
 */
import { cstTypingsSource } from './cst-typings.js';
import { railroadDiagrams } from './railroad.js';

export { cstTypingsSource } from './cst-typings.js';
export { railroadDiagrams } from './railroad.js';

/**
 * Every generated file: its path relative to the repository root, and its content.
 *
 * @example
 * ```ts
 * generatedArtefacts().get('packages/parser/src/generated/cst.ts'); // the CST typings
 * ```
 */
export function generatedArtefacts(): Map<string, string> {
  const files = new Map<string, string>([['packages/parser/src/generated/cst.ts', cstTypingsSource()]]);
  for (const [rule, svg] of railroadDiagrams()) files.set(`docs/railroad/${rule}.svg`, svg);
  return files;
}
