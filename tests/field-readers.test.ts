import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENDPOINT_SCHEMAS, type Schema } from '@pcaq/core';
// The generator scripts/generate.mjs runs (docs/evaluation.md, "Performance design").
import { fieldReadersModule, readableNames } from '../scripts/field-readers.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const schemas: readonly Schema[] = Object.values(ENDPOINT_SCHEMAS);

describe("the evaluator's generated field readers", () => {
  it('match the schemas (run `pnpm generate` when this fails)', () => {
    expect(readFileSync(`${root}packages/evaluator/src/generated/field-readers.ts`, 'utf8')).toBe(fieldReadersModule(schemas));
  });

  it('have a reader and a row test for every field and alias of every endpoint', () => {
    const names = readableNames(schemas);
    expect(names).toContain('licenseActive');
    expect(names).toContain('subscriptionType');
    const text = fieldReadersModule(schemas);
    for (const schema of schemas) {
      for (const name of schema.fields.flatMap((f) => [f.name, ...(f.aliases ?? [])])) {
        expect(text).toContain(`  ${name}: (row) => row.${name},`);
        expect(text).toContain(`  ${name}: (test) => (row) => test(row.${name}),`);
      }
    }
  });

  it('quote a name that is no identifier', () => {
    const text = fieldReadersModule([{ fields: [{ name: 'a-b', kind: 'string', filterable: true, groupable: true }] } as never]);
    expect(text).toContain('"a-b": (row) => row["a-b"],');
  });
});
