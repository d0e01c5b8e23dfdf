import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { generatedArtefacts } from '@pcaq/parser/generate';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const artefacts = generatedArtefacts();

describe('generated artefacts', () => {
  test.each([...artefacts.keys()])('%s is up to date (run `pnpm generate` when this fails)', (path) => {
    expect(readFileSync(join(root, path), 'utf8')).toBe(artefacts.get(path));
  });

  test('there are CST typings and one diagram per grammar rule', () => {
    const diagrams = [...artefacts.keys()].filter((p) => p.startsWith('docs/railroad/'));
    expect(diagrams.sort()).toEqual(
      ['andExpression', 'comparison', 'containsCall', 'dateTimeCast', 'filter', 'groupBy', 'literal', 'operatorComparison', 'orExpression', 'primary'].map((r) => `docs/railroad/${r}.svg`),
    );
    expect(artefacts.has('packages/parser/src/generated/cst.ts')).toBe(true);
  });

  test('docs/language.md shows every diagram', () => {
    const doc = readFileSync(join(root, 'docs/language.md'), 'utf8');
    for (const path of artefacts.keys()) if (path.startsWith('docs/railroad/')) expect(doc).toContain(path.slice('docs/'.length));
  });
});
