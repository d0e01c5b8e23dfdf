import { describe, expect, it } from 'vitest';
import { comparison, field, or, stringLiteral, type Query } from '@pcaq/core';
import { quoteIdentifier, quoteQualifiedName, SqlOptionsError, type CompileSqlOptions } from '@pcaq/sql';
import { compileSql } from 'pcaq';

const DUCKDB: CompileSqlOptions = { dialect: 'duckdb', source: 'license_usage' };
const POSTGRES: CompileSqlOptions = { dialect: 'postgres', source: 'license_usage' };

function compiled(query: Query, options: CompileSqlOptions = DUCKDB) {
  const outcome = compileSql(query, options);
  if (!outcome.ok) throw new Error(`unexpected diagnostics: ${outcome.diagnostics.map((d) => d.code).join(', ')}`);
  return outcome;
}

describe('compileSql: queries with errors give diagnostics, never SQL', () => {
  it.each<[string, Query, string, { start: number; end: number }]>([
    ['an upper-case keyword', { filter: "channel EQ 'x'" }, 'PCAQ0105', { start: 8, end: 10 }],
    ['an unknown field', { filter: "Channel eq 'x'" }, 'PCAQ0201', { start: 0, end: 7 }],
    ['a GUID field with a non-GUID literal', { filter: "customerTenantId eq 'abc'" }, 'PCAQ0204', { start: 20, end: 25 }],
    ['an empty group-by item', { groupby: 'channel,,workloadCode' }, 'PCAQ0302', { start: 8, end: 9 }],
    ['a top out of range', { top: 0 }, 'PCAQ0401', { start: 0, end: 1 }],
  ])('%s', (_, query, code, span) => {
    const outcome = compileSql(query, DUCKDB);
    expect(outcome.ok).toBe(false);
    expect(outcome.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.span])).toContainEqual([code, span]);
    expect(outcome).not.toHaveProperty('text');
  });

  it('keeps warnings on a query that compiles', () => {
    const outcome = compiled({ groupby: 'channel,channel' });
    expect(outcome.diagnostics.map((d) => d.code)).toEqual(['PCAQ0303']);
  });
});

describe('compileSql: parameters', () => {
  it('binds filter values in order, then the processed day, then LIMIT and OFFSET', () => {
    const outcome = compiled({ filter: "channel eq 'Reseller' or workloadCode ne 'O''Brien'", processedDateTime: '2018-10-14T05:00:00Z', top: 5, skip: 10 });
    expect(outcome.params).toEqual(['2018-10-14', 'Reseller', "O'Brien", 5, 10]);
    expect(outcome.text).toContain('"pcaq_day" = $1');
    expect(outcome.text).toContain(`replace(lower("channel"), 'ς', 'σ') = replace(lower($2), 'ς', 'σ') OR (replace(lower("workloadCode"), 'ς', 'σ') IS NULL OR replace(lower("workloadCode"), 'ς', 'σ') <> replace(lower($3), 'ς', 'σ'))`);
    expect(outcome.text).toContain('LIMIT $4 OFFSET $5');
  });

  it('defaults to top 10000 and skip 0, and to the latest day in the data', () => {
    const outcome = compiled({});
    expect(outcome.params).toEqual([10000, 0]);
    expect(outcome.text).toContain('"pcaq_day" = (SELECT max(CASE WHEN regexp_matches("processedDateTime", \'^[0-9]{4}-[0-9]{2}-[0-9]{2}\') THEN substr("processedDateTime", 1, 10) ELSE \'\' END)');
    expect(outcome.text).toContain('FROM (SELECT CAST("processedDateTime" AS VARCHAR) AS "processedDateTime" FROM "license_usage") AS "pcaq_dates")');
  });

  it('has no LIMIT or OFFSET with all', () => {
    const outcome = compiled({ top: 5 }, { ...DUCKDB, all: true });
    expect(outcome.params).toEqual([]);
    expect(outcome.text).not.toMatch(/LIMIT|OFFSET/);
  });

  it('binds a file path as a parameter', () => {
    const outcome = compiled({}, { dialect: 'duckdb', source: { kind: 'file', path: "it's.csv", format: 'csv' } });
    expect(outcome.params[0]).toBe("it's.csv");
    expect(outcome.text).toContain('read_csv($1,');
    expect(outcome.text).not.toContain("it's");
  });

  it('accepts a filter AST as well as text', () => {
    const ast = or([comparison(field('channel'), 'eq', stringLiteral('a')), comparison(field('channel'), 'eq', stringLiteral('b'))]);
    expect(compiled({ filter: ast }).text).toBe(compiled({ filter: "channel eq 'a' or channel eq 'b'" }).text);
  });
});

describe('compileSql: equality', () => {
  it('ignores case by default and compares exactly when asked, GUIDs always ignoring case', () => {
    const filter = "channel eq 'Reseller' and customerTenantId eq '0112A436-B14E-4888-967B-CA4BB2CF1234'";
    expect(compiled({ filter }).text).toContain(`replace(lower("channel"), 'ς', 'σ') = replace(lower($1), 'ς', 'σ') AND replace(lower("customerTenantId"), 'ς', 'σ') = replace(lower($2), 'ς', 'σ')`);
    expect(compiled({ filter }, { ...DUCKDB, caseSensitive: true }).text).toContain(`"channel" = $1 AND replace(lower("customerTenantId"), 'ς', 'σ') = replace(lower($2), 'ς', 'σ')`);
  });

  it('groups by folded values unless case-sensitive (GUIDs always folded)', () => {
    const query = { groupby: 'channel,productId' };
    expect(compiled(query).text).toContain(`GROUP BY replace(lower("channel"), 'ς', 'σ'), replace(lower("productId"), 'ς', 'σ')`);
    expect(compiled(query, { ...DUCKDB, caseSensitive: true }).text).toContain(`GROUP BY "channel", replace(lower("productId"), 'ς', 'σ')`);
  });
});

describe('compileSql: dialects', () => {
  it('sums into HUGEINT and takes first values with arg_min_null in DuckDB', () => {
    const text = compiled({ groupby: 'channel' }).text;
    expect(text).toContain('CAST(COALESCE(sum("licensesActive"), 0) AS HUGEINT)');
    expect(text).toContain('arg_min_null("channel", "pcaq_ordinal")');
  });

  it('sums into NUMERIC and joins each group back to its first row in PostgreSQL', () => {
    const text = compiled({ groupby: 'channel' }, POSTGRES).text;
    expect(text).toContain('CAST(COALESCE(sum("licensesActive"), 0) AS NUMERIC)');
    expect(text).toContain('JOIN "pcaq_matched" ON "pcaq_matched"."pcaq_ordinal" = "pcaq_groups"."pcaq_ordinal"');
    expect(text).not.toContain('arg_min');
  });

  it.each([
    ['duckdb', 'rowid'],
    ['postgres', 'ctid'],
  ] as const)('uses %s ordinals: the given column, else %s', (dialect, implicit) => {
    expect(compiled({}, { dialect, source: 't' }).text).toContain(`${implicit} AS "pcaq_ordinal"`);
    expect(compiled({}, { dialect, source: { kind: 'table', name: 't', ordinal: 'Row No' } }).text).toContain('"Row No" AS "pcaq_ordinal"');
  });

  it('reads files only with DuckDB', () => {
    expect(() => compileSql({}, { dialect: 'postgres', source: { kind: 'file', path: 'a.csv', format: 'csv' } })).toThrow(SqlOptionsError);
  });

  it.each([
    ['csv', 'read_csv($1, header = true, all_varchar = true'],
    ['parquet', 'read_parquet($1)'],
    ['json', "read_json($1, format = 'array'"],
    ['ndjson', "read_json($1, format = 'newline_delimited'"],
  ] as const)('reads %s files with %s', (format, read) => {
    expect(compiled({}, { dialect: 'duckdb', source: { kind: 'file', path: 'x', format } }).text).toContain(read);
  });

  it('unnests a response body envelope', () => {
    const text = compiled({}, { dialect: 'duckdb', source: { kind: 'file', path: 'x', format: 'json', envelope: 'Value' } }).text;
    expect(text).toContain(`unnest("Value", max_depth := 2) FROM read_json($1, format = 'unstructured'`);
  });
});

describe('identifiers', () => {
  it.each([
    ['license_usage', '"license_usage"'],
    ['analytics.license_usage', '"analytics"."license_usage"'],
    [['my.schema', 'U"sage'], '"my.schema"."U""sage"'],
    ['Ünïcödé 🦆', '"Ünïcödé 🦆"'],
  ] as const)('quotes %j as %s', (name, quoted) => {
    expect(quoteQualifiedName(name)).toBe(quoted);
    expect(compiled({}, { dialect: 'postgres', source: { kind: 'table', name } }).text).toContain(`FROM ${quoted}`);
  });

  it.each(['', 'a..b', '.a', 'a.', 'nul\0'])('refuses the table name %j', (name) => {
    expect(() => quoteQualifiedName(name)).toThrow(SqlOptionsError);
  });

  it.each<[string, unknown, string]>([
    ['an empty table name', { dialect: 'duckdb', source: '' }, 'source.name'],
    ['an empty table name in a table source', { dialect: 'postgres', source: { kind: 'table', name: '' } }, 'source.name'],
    ['an empty name part', { dialect: 'postgres', source: { kind: 'table', name: ['a', ''] } }, 'source.name'],
    ['an empty ordinal', { dialect: 'postgres', source: { kind: 'table', name: 't', ordinal: '' } }, 'source.ordinal'],
    ['a table name that is not text', { dialect: 'postgres', source: { kind: 'table', name: 42 } }, 'source.name'],
    ['an unknown dialect', { dialect: 'mysql', source: 't' }, 'dialect'],
    ['no source', { dialect: 'duckdb' }, 'source'],
    ['a file without a path', { dialect: 'duckdb', source: { kind: 'file', path: '', format: 'csv' } }, 'source.path'],
    ['an unknown file format', { dialect: 'duckdb', source: { kind: 'file', path: 'a.xlsx', format: 'xlsx' } }, 'source.format'],
    ['no options at all', undefined, 'options'],
  ])('compileSql throws a typed SqlOptionsError naming the option for %s', (_title, options, option) => {
    let thrown: unknown;
    try {
      compileSql({}, options as CompileSqlOptions);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SqlOptionsError);
    expect((thrown as SqlOptionsError).option).toBe(option);
    expect((thrown as SqlOptionsError).message).toMatch(option === 'source.name' ? /table name/ : option === 'options' ? /options/ : new RegExp(option.split('.').at(-1)!));
  });

  it('doubles quotes inside an identifier', () => {
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
  });
});
