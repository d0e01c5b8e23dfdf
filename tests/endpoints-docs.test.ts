import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENDPOINT_SCHEMAS } from '@pcaq/core';
// The generator scripts/generate.mjs runs (docs/endpoints.md, "How this page is made").
import { endpointsDoc } from '../scripts/endpoint-tables.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const page = readFileSync(`${root}docs/endpoints.md`, 'utf8');

describe('docs/endpoints.md', () => {
  it('has tables that match the schemas (run `pnpm generate` when this fails)', () => {
    expect(page).toBe(endpointsDoc(page, Object.values(ENDPOINT_SCHEMAS)));
  });

  it('has a section for every endpoint, listing every field', () => {
    for (const schema of Object.values(ENDPOINT_SCHEMAS)) {
      const start = page.indexOf(`\n## ${schema.endpoint.id}\n`);
      expect(start).toBeGreaterThan(0);
      const next = page.indexOf('\n## ', start + 1);
      const section = page.slice(start, next < 0 ? undefined : next);
      for (const f of schema.fields) expect(section).toContain(`| \`${f.name}\` |`);
    }
  });

  it('is linked from the README, the site front page and the site navigation', () => {
    expect(readFileSync(`${root}README.md`, 'utf8')).toContain('(docs/endpoints.md)');
    expect(readFileSync(`${root}docs/index.md`, 'utf8')).toContain('(endpoints.md)');
    const typedoc = JSON.parse(readFileSync(`${root}typedoc.json`, 'utf8')) as { projectDocuments: string[]; manualPages: Record<string, unknown> };
    expect(typedoc.projectDocuments).toContain('docs/endpoints.md');
    expect(typedoc.manualPages['docs/endpoints']).toBeDefined();
  });
});
