import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { and, checkedQuery, comparison, field, groupByField, LICENSE_USAGE_SCHEMA, stringLiteral } from '@pcaq/core';
import { compileSql, type CompiledSql, type CompileSqlOptions } from '@pcaq/sql';

// docs/engines.md shows the SQL each dialect produces for a sample query. The blocks between
// `<!-- generated:NAME -->` and `<!-- /generated -->` come from compileSql, never from a keyboard:
// this test fails when they are stale, and `UPDATE_DOCS=1 npx vitest run packages/sql` rewrites them.
const DOC = fileURLToPath(new URL('../../../docs/engines.md', import.meta.url));
// The sample query `filter=channel eq 'Reseller' and productName ne 'OFFICE 365 ENTERPRISE E3'`,
// `groupby=customerTenantId,workloadCode`, `top=100`, as the checked query compileSql takes; this
// package does not parse, so it is built from the core factories (docs/architecture.md).
const SAMPLE = checkedQuery({
  schema: LICENSE_USAGE_SCHEMA,
  filter: and([
    comparison(field('channel'), 'eq', stringLiteral('Reseller')),
    comparison(field('productName'), 'ne', stringLiteral('OFFICE 365 ENTERPRISE E3')),
  ]),
  groupby: [groupByField('customerTenantId'), groupByField('workloadCode')],
  top: 100,
  skip: 0,
});
const SAMPLES: Record<string, CompileSqlOptions> = {
  duckdb: { dialect: 'duckdb', source: { kind: 'file', path: 'usage.csv', format: 'csv' } },
  postgres: { dialect: 'postgres', source: { kind: 'table', name: 'analytics.license_usage', ordinal: 'row_id' } },
};

function block(outcome: CompiledSql): string {
  const params = outcome.params.map((value, index) => `-- $${index + 1} = ${JSON.stringify(value)}`).join('\n');
  return ['```sql', `${outcome.text};`, '', params, '```'].join('\n');
}

describe('docs/engines.md', () => {
  it('shows the SQL compileSql produces for the sample query, for each dialect', () => {
    let doc = readFileSync(DOC, 'utf8');
    for (const [name, options] of Object.entries(SAMPLES)) {
      const pattern = new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated -->)`);
      expect(doc, `docs/engines.md needs a generated:${name} block`).toMatch(pattern);
      doc = doc.replace(pattern, (_, open: string, close: string) => `${open}\n${block(compileSql(SAMPLE, options))}\n${close}`);
    }
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, doc);
    expect(readFileSync(DOC, 'utf8'), 'stale SQL in docs/engines.md: run UPDATE_DOCS=1 npx vitest run packages/sql').toBe(doc);
  });
});
