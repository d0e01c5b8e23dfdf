import { describe, expect, it } from 'vitest';
import { checkedQuery, groupByField, LICENSE_USAGE_SCHEMA, type CheckedQuery, type Schema } from '@pcaq/core';
import { compileSql, SQL_ROW_FIELDS, sqlColumns } from '@pcaq/sql';

// The SQL's columns come from the schema's row shape (docs/engines.md, "Rows and columns from the schema").
const SCHEMA: Schema = {
  name: 'hand-built',
  fields: [
    { name: 'market', kind: 'string', filterable: true, groupable: true, aliases: ['marketName'] },
    { name: 'partnerId', kind: 'guid', filterable: true, groupable: true },
    { name: 'seats', kind: 'count', filterable: false, groupable: false, aliases: ['seat'] },
    { name: 'rowCount', kind: 'count', filterable: false, groupable: false, aggregate: 'rows', groupedOnly: true },
  ],
};

// compileSql takes a checked query (docs/architecture.md, "The checked query"); @pcaq/sql does not
// parse, so these are built from the core factories, grouped by the fields named.
const grouped = (...names: string[]): CheckedQuery => checkedQuery({ schema: SCHEMA, top: 10_000, skip: 0, ...(names.length > 0 ? { groupby: names.map((name) => groupByField(name)) } : {}) });

describe('sqlColumns', () => {
  it('gives licence usage its twelve response fields in response order', () => {
    expect(SQL_ROW_FIELDS).toEqual(LICENSE_USAGE_SCHEMA.fields.map((f) => f.name));
    expect(sqlColumns(LICENSE_USAGE_SCHEMA).counts).toEqual(['licensesActive', 'licensesQualified']);
    expect(sqlColumns(LICENSE_USAGE_SCHEMA).fileColumns.at(-1)).toBe('licenseActive');
  });

  it('reads the fields rows hold, with processedDateTime, and groups every count', () => {
    const columns = sqlColumns(SCHEMA);
    expect(columns.fields).toEqual(['market', 'partnerId', 'seats', 'processedDateTime']);
    expect(columns.readCounts).toEqual(['seats']);
    expect(columns.counts).toEqual(['seats', 'rowCount']);
    expect([...columns.rowCounts]).toEqual(['rowCount']);
    expect(columns.aliasesOf.get('seats')).toEqual(['seat']);
    expect(columns.fileColumns).toEqual(['market', 'partnerId', 'seats', 'processedDateTime', 'marketName', 'seat']);
  });
});

describe('compileSql with a hand-built schema', () => {
  it('sums counts, counts rows for a rows aggregate, and never reads a grouped-only field', () => {
    for (const dialect of ['duckdb', 'postgres'] as const) {
      const sql = compileSql(grouped('market'), { dialect, source: 'usage' });
      expect(sql.columns).toEqual(['market', 'seats', 'rowCount', 'processedDateTime']);
      expect(sql.text).toContain('sum("seats")');
      expect(sql.text).toMatch(/CAST\(count\(\*\) AS \w+\) AS "rowCount"/);
      expect(sql.text).not.toContain('CAST("rowCount"');
      expect(sql.schema).toBe(SCHEMA);
    }
  });

  it('folds an alias into its field and checks the schema counts when reading a file', () => {
    const sql = compileSql(grouped(), { dialect: 'duckdb', source: { kind: 'file', path: 'usage.ndjson', format: 'ndjson' } });
    expect(sql.text).toContain('COALESCE("seats", "seat")');
    expect(sql.text).toContain('COALESCE("market", "marketName")');
    expect(sql.text).toContain("'seat': 'JSON'");
    expect(sql.text).toContain('pcaq: seats is not a non-negative integer');
    expect(sql.text).not.toContain('licensesActive');
  });

  it('compares a GUID field of the schema ignoring case, even case-sensitively', () => {
    const sql = compileSql(grouped('partnerId', 'market'), { dialect: 'postgres', source: 'usage', caseSensitive: true });
    expect(sql.text).toContain('GROUP BY replace(lower("partnerId")');
    expect(sql.text).toMatch(/GROUP BY [^\n]*, "market"\n/);
  });
});
