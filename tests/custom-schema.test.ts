import { randomBytes } from 'node:crypto';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createDiagnostic, LICENSE_USAGE_SCHEMA, type Query, type Row, type RowValue, type Schema } from '@pcaq/core';
import { runSqlOnDuckDb, runSqlOnPostgres } from '@pcaq/engines';
import { lintQuery, parseFilter, parseGroupBy } from '@pcaq/linter';
import { formatRequestUrl, printFilter, printGroupBy } from '@pcaq/printer';
import type { SqlDialect } from '@pcaq/sql';
// The text forms, "check with the schema, then call the stage" (docs/architecture.md, "The checked query").
import { compileSql, evaluate } from 'pcaq';
// The engines' shared connections (DuckDB in memory, the PostgreSQL server of PCAQ_PG_URL when one answers).
import { engineConnections } from '../packages/engines/test/engine-connections.js';
import { postgresSuiteName } from '../packages/engines/test/postgres-server.js';

// A schema is the one edit that adds a field (docs/evaluation.md, "Rows"; docs/engines.md, "Rows
// and columns from the schema"): licence usage plus a text field `region` (filterable, groupable)
// and a count `seatsAssigned`. Every stage is handed the schema and must treat both new fields as
// it treats the licence fields: parse, lint, print, URL, evaluate, and compileSql on DuckDB and on
// PostgreSQL with the evaluator's rows.
const SCHEMA: Schema = {
  ...LICENSE_USAGE_SCHEMA,
  name: 'licence usage with regions',
  fields: [
    ...LICENSE_USAGE_SCHEMA.fields,
    { name: 'region', kind: 'string', filterable: true, groupable: true },
    { name: 'seatsAssigned', kind: 'count', filterable: false, groupable: false },
  ],
};

const DAY = '2018-10-14T00:00:00';
const BIG = 2n ** 53n - 1n; // the largest safe integer: two of them pass 2^53
const ROWS: Row[] = [
  { workloadCode: 'SFB', channel: 'Reseller', licensesActive: 1, licensesQualified: 2, processedDateTime: DAY, region: 'EMEA', seatsAssigned: Number(BIG) },
  { workloadCode: 'SPO', channel: 'Reseller', licensesActive: 3, licensesQualified: 4, processedDateTime: DAY, region: 'emea', seatsAssigned: '9007199254740991' },
  { workloadCode: 'EXO', channel: 'Direct', licensesActive: 5, licensesQualified: 6, processedDateTime: DAY, region: 'APAC', seatsAssigned: 7 },
  { workloadCode: 'SFB', channel: 'Direct', licensesActive: 8, licensesQualified: 9, processedDateTime: DAY, region: null, seatsAssigned: null },
  // An older snapshot: never counted.
  { workloadCode: 'SFB', channel: 'Reseller', licensesActive: 100, licensesQualified: 100, processedDateTime: '2018-10-13T00:00:00', region: 'EMEA', seatsAssigned: 100 },
];

const FIELDS = SCHEMA.fields.map((f) => f.name);
const COUNTS = new Set(SCHEMA.fields.filter((f) => f.kind === 'count').map((f) => f.name));

describe('a schema with an extra text field and an extra count', () => {
  const filter = "region eq 'EMEA'";

  it('parses and lints the new field with the schema, and only with it', () => {
    expect(parseFilter(filter, { schema: SCHEMA }).diagnostics).toEqual([]);
    expect(parseGroupBy('region,channel', { schema: SCHEMA }).diagnostics).toEqual([]);
    expect(lintQuery({ filter, groupby: 'region' }, { schema: SCHEMA })).toEqual([]);
    expect(lintQuery({ filter, groupby: 'region' }).map((d) => d.code)).toEqual(['PCAQ0201', 'PCAQ0201']);
    // The new count is a count: not filterable, not groupable, as the schema says.
    expect(lintQuery({ groupby: 'seatsAssigned' }, { schema: SCHEMA }).map((d) => d.code)).toEqual(['PCAQ0203']);
  });

  it('prints the parsed query back and writes its URL', () => {
    const ast = parseFilter(filter, { schema: SCHEMA }).ast!;
    expect(printFilter(ast)).toBe(filter);
    expect(printGroupBy(['region', 'channel'])).toBe('region,channel');
    expect(formatRequestUrl({ filter: ast, groupby: ['region'] }, '/usage/')).toBe('/usage/?filter=region%20eq%20%27EMEA%27&groupby=region');
  });

  it('evaluates: filters on the new field and keeps it in plain rows', () => {
    const outcome = evaluate(ROWS, { filter }, { schema: SCHEMA });
    expect(outcome).toMatchObject({ ok: true, totalCount: 2 });
    expect(outcome.ok && outcome.value.map((row) => [row.workloadCode, row.region, row.seatsAssigned])).toEqual([
      ['SFB', 'EMEA', Number(BIG)],
      ['SPO', 'emea', Number(BIG)],
    ]);
  });

  it('evaluates: groups by the new field and sums the new count exactly past 2^53, in schema order', () => {
    const outcome = evaluate(ROWS, { groupby: 'region' }, { schema: SCHEMA });
    expect(outcome.ok && outcome.value).toEqual([
      { region: 'EMEA', licensesActive: 4, licensesQualified: 6, seatsAssigned: 2n * BIG, processedDateTime: DAY },
      { region: 'APAC', licensesActive: 5, licensesQualified: 6, seatsAssigned: 7, processedDateTime: DAY },
      { region: null, licensesActive: 8, licensesQualified: 9, seatsAssigned: 0, processedDateTime: DAY },
    ]);
    expect(outcome.ok && Object.keys(outcome.value[0]!)).toEqual(['region', 'licensesActive', 'licensesQualified', 'seatsAssigned', 'processedDateTime']);
  });

  it('checks the new count as a count: a bad one is PCAQ0501 naming the row, made by the one constructor', () => {
    const outcome = evaluate([...ROWS, { region: 'EMEA', seatsAssigned: '12a', processedDateTime: DAY }], {}, { schema: SCHEMA });
    expect(outcome.ok).toBe(false);
    const expected = createDiagnostic('', { code: 'PCAQ0501', span: { start: 0, end: 0 }, line: 6, args: { row: 6, field: 'seatsAssigned', value: "'12a'" } });
    expect(outcome.diagnostics).toEqual([expected]);
    expect(expected).toMatchObject({ line: 6, column: 1 });
    // Without the schema, the field is carried along untouched.
    expect(evaluate([{ seatsAssigned: '12a', processedDateTime: DAY }], {}).ok).toBe(true);
  });

  it('compiles SQL reading and returning the new fields (never dropping them)', () => {
    const plain = compileSql({ filter }, { dialect: 'duckdb', source: 'usage', schema: SCHEMA });
    expect(plain.ok && plain.columns).toEqual(FIELDS);
    const grouped = compileSql({ groupby: 'region' }, { dialect: 'postgres', source: 'usage', schema: SCHEMA });
    expect(grouped.ok && grouped.columns).toEqual(['region', 'licensesActive', 'licensesQualified', 'seatsAssigned', 'processedDateTime']);
    // Without the schema the field is unknown: a diagnostic, not a silently different statement.
    expect(compileSql({ filter }, { dialect: 'duckdb', source: 'usage' }).diagnostics.map((d) => d.code)).toEqual(['PCAQ0201']);
  });
});

const TABLE = `pcaq_custom_schema_${randomBytes(6).toString('hex')}`;
const engines = await engineConnections(TABLE);
const { postgres } = engines;

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** The table of a schema: its fields as text or exact integers, and an ordinal. */
function createTableSql(text: string, exact: string): string {
  return `CREATE TABLE ${quote(TABLE)} (${FIELDS.map((name) => `${quote(name)} ${COUNTS.has(name) ? exact : text}`).join(', ')}, "ordinal" BIGINT NOT NULL)`;
}

/** One INSERT of every row: values as parameters (counts as decimal text, exact past 2^63 too). */
function insertSql(rows: readonly Row[]): { text: string; values: (string | null)[] } {
  const values: (string | null)[] = [];
  const tuples = rows.map((row, index) => {
    const cells = [...FIELDS.map((name) => row[name]), index + 1].map((value) => {
      values.push(value === null || value === undefined ? null : String(value));
      return `$${values.length}`;
    });
    return `(${cells.join(', ')})`;
  });
  return { text: `INSERT INTO ${quote(TABLE)} VALUES ${tuples.join(', ')}`, values };
}

async function loadDuckDb(rows: readonly Row[]): Promise<void> {
  const connection = engines.duckdb();
  await connection.run(`DROP TABLE IF EXISTS ${quote(TABLE)}`);
  await connection.run(createTableSql('VARCHAR', 'HUGEINT'));
  if (rows.length > 0) {
    const insert = insertSql(rows);
    await connection.run(insert.text, insert.values);
  }
}

async function loadPostgres(rows: readonly Row[]): Promise<void> {
  await postgres!.query(`DROP TABLE IF EXISTS ${quote(TABLE)}`);
  await postgres!.query(createTableSql('TEXT', 'NUMERIC'));
  if (rows.length > 0) {
    const insert = insertSql(rows);
    await postgres!.query(insert.text, insert.values);
  }
}

/** compileSql with the schema, run on an engine: the rows and total, to compare with the evaluator's. */
async function onEngine(dialect: SqlDialect, query: Query): Promise<{ value: Row[]; totalCount: number }> {
  const sql = compileSql(query, { dialect, source: { kind: 'table', name: TABLE, ordinal: 'ordinal' }, schema: SCHEMA });
  if (!sql.ok) throw new Error(`the query has errors: ${sql.diagnostics.map((d) => d.message).join('; ')}`);
  const page = dialect === 'duckdb' ? await runSqlOnDuckDb(engines.duckdb(), sql) : await runSqlOnPostgres(postgres!, sql);
  return { value: page.rows, totalCount: page.totalCount };
}

function inMemory(rows: readonly Row[], query: Query): { value: Row[]; totalCount: number } {
  const outcome = evaluate(rows, query, { schema: SCHEMA });
  if (!outcome.ok) throw new Error(`the evaluation failed: ${outcome.diagnostics.map((d) => d.message).join('; ')}`);
  return { value: outcome.value, totalCount: outcome.totalCount };
}

/** In-memory rows keep missing fields missing; engine rows hold every column (NULL). Compared on the schema's fields. */
function asColumns(result: { value: Row[]; totalCount: number }, columns: readonly string[]): unknown {
  return { totalCount: result.totalCount, value: result.value.map((row) => Object.fromEntries(columns.map((name) => [name, row[name] ?? null]))) };
}

const QUERIES: Query[] = [{ filter: "region eq 'EMEA'" }, { groupby: 'region' }, { filter: "region ne 'APAC'", groupby: 'region,channel' }];

describe('compileSql with the schema on DuckDB answers as the evaluator', () => {
  it.each(QUERIES)('%o', async (query) => {
    await loadDuckDb(ROWS);
    const columns = query.groupby ? [...String(query.groupby).split(','), 'licensesActive', 'licensesQualified', 'seatsAssigned', 'processedDateTime'] : FIELDS;
    expect(asColumns(await onEngine('duckdb', query), columns)).toEqual(asColumns(inMemory(ROWS, query), columns));
  });
});

describe.skipIf(postgres === undefined)(postgresSuiteName(postgres, 'compileSql with the schema on PostgreSQL answers as the evaluator'), () => {
  it.each(QUERIES)('%o', async (query) => {
    await loadPostgres(ROWS);
    const columns = query.groupby ? [...String(query.groupby).split(','), 'licensesActive', 'licensesQualified', 'seatsAssigned', 'processedDateTime'] : FIELDS;
    expect(asColumns(await onEngine('postgres', query), columns)).toEqual(asColumns(inMemory(ROWS, query), columns));
  });
});

// The class: any rows of the schema (regions differing in case, huge counts of the new field as
// numbers, bigints or digit strings) and any group-by over the new field give the same groups and
// exact sums in the evaluator and in both engines.
const region = fc.constantFrom('EMEA', 'emea', 'APAC', 'Ämea', null);
const seats: fc.Arbitrary<RowValue> = fc.oneof(
  fc.constant(null),
  fc.nat(),
  fc.bigInt({ min: 0n, max: 2n ** 70n }),
  fc.bigInt({ min: 0n, max: 2n ** 70n }).map(String),
);
const row: fc.Arbitrary<Row> = fc.record({
  channel: fc.constantFrom('Reseller', 'Direct'),
  licensesActive: fc.nat({ max: 1000 }),
  licensesQualified: fc.nat({ max: 1000 }),
  processedDateTime: fc.constantFrom(DAY, '2018-10-13T00:00:00'),
  region,
  seatsAssigned: seats,
});
const rows = fc.array(row, { minLength: 1, maxLength: 25 });
const groupby = fc.constantFrom('region', 'region,channel', 'channel,region');

describe('generated rows of the schema', () => {
  test.prop([rows, groupby], { numRuns: 25 })('DuckDB groups and sums the new fields as the evaluator does', async (given, fields) => {
    await loadDuckDb(given);
    const columns = [...fields.split(','), 'licensesActive', 'licensesQualified', 'seatsAssigned', 'processedDateTime'];
    expect(asColumns(await onEngine('duckdb', { groupby: fields, top: 1000 }), columns)).toEqual(asColumns(inMemory(given, { groupby: fields, top: 1000 }), columns));
  });

  test.prop([rows], { numRuns: 25 })('the evaluator sums the new count exactly', (given) => {
    const outcome = inMemory(given, { groupby: 'channel', top: 1000 });
    const latest = given.some((r) => r.processedDateTime === DAY) ? DAY : '2018-10-13T00:00:00';
    for (const group of outcome.value) {
      const members = given.filter((r) => r.processedDateTime === latest && r.channel === group.channel);
      const sum = members.reduce((total, r) => total + BigInt(r.seatsAssigned ?? 0), 0n);
      expect(BigInt(group.seatsAssigned as number | bigint)).toBe(sum);
    }
  });
});

describe.skipIf(postgres === undefined)(postgresSuiteName(postgres, 'generated rows of the schema on PostgreSQL'), () => {
  test.prop([rows, groupby], { numRuns: 15 })('PostgreSQL groups and sums the new fields as the evaluator does', async (given, fields) => {
    await loadPostgres(given);
    const columns = [...fields.split(','), 'licensesActive', 'licensesQualified', 'seatsAssigned', 'processedDateTime'];
    expect(asColumns(await onEngine('postgres', { groupby: fields, top: 1000 }), columns)).toEqual(asColumns(inMemory(given, { groupby: fields, top: 1000 }), columns));
  });
});
