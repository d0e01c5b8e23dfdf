import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AZURE_USAGE_SCHEMA, checkedQuery, groupByField, orderByItem, parseDateTime, SERVICE_DATE_RANGE, type AggregationLevel, type CheckedQuery } from '@pcaq/core';
import { compileQuery, type EvaluationOutcome, type Row } from '@pcaq/evaluator';
import { evaluateOnDuckDb, evaluateOnPostgres } from '@pcaq/engines';
import { quoteIdentifier, sqlColumns } from '@pcaq/sql';
import { engineConnections } from '../../packages/engines/test/engine-connections.js';
import { postgresSuiteName } from '../../packages/engines/test/postgres-server.js';

// docs/evaluation.md, "aggregationLevel buckets": a bucket is written alike, byte for byte, by the
// evaluator, DuckDB and PostgreSQL for every text `parseDateTime` reads (years 0000-9999, offsets up
// to ±23:59, up to seven digits of a second) and at the edges of the service's dates; an instant
// outside 0001-01-01T00:00:00Z..9999-12-31T23:59:59.999Z is no date for bucketing and keeps its text.
const TABLE = `pcaq_buckets_${randomBytes(6).toString('hex')}`;
const engines = await engineConnections(TABLE);
const { postgres } = engines;
/** The connections' types, named through the shared helper (the root package does not list the drivers). */
type DuckDbConnection = ReturnType<typeof engines.duckdb>;
type PostgresClient = NonNullable<typeof postgres>;
const schema = AZURE_USAGE_SCHEMA;
const columns = sqlColumns(schema);
const q = quoteIdentifier;
const source = { kind: 'table', name: TABLE, ordinal: 'ordinal' } as const;
const LEVELS: readonly AggregationLevel[] = ['day', 'week', 'month'];

/** Dates at the edges: of year 0000 and 10000 in UTC, of the service's range, of a week and of a month. */
const EDGES = [
  '0000-01-01',
  '0000-01-01T00:00+23:59',
  '0000-12-31T23:59:59.999Z',
  '0001-01-01',
  '0001-01-01T00:00:00Z',
  '0001-01-01T00:00+00:01',
  '0001-01-01T00:00-00:01',
  '0001-01-07T23:59:59.999',
  '0001-01-08',
  '0001-02-28T12:00',
  '0099-12-31T23:59:59.9999999',
  '0100-03-01',
  '1582-10-04',
  '1582-10-15',
  '1969-12-31T23:59:59.999Z',
  '1970-01-01',
  '9999-12-01',
  '9999-12-27',
  '9999-12-31',
  '9999-12-31T23:59:59.9999999',
  '9999-12-31T23:59:59.999-00:01',
  '9999-12-31T00:00+23:59',
  '9999-12-31T23:59-23:59',
  '9999-12-31T23:59:59.9999999-23:59',
  '2018-02-30',
  'not a date',
];

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Any text of the forms `parseDateTime` reads, over its whole range (some days past a month's end, which are no date). */
const dateText = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    time: fc.option(
      fc.record({
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
        fraction: fc.option(fc.stringMatching(/^\d{1,7}$/), { nil: undefined }),
        zone: fc.option(
          fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`)),
          { nil: undefined },
        ),
      }),
      { nil: undefined },
    ),
  })
  .map(({ year, month, day, time }) => {
    const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    if (time === undefined) return date;
    const seconds = time.second === undefined ? '' : `:${pad(time.second, 2)}${time.fraction === undefined ? '' : `.${time.fraction}`}`;
    return `${date}T${pad(time.hour, 2)}:${pad(time.minute, 2)}${seconds}${time.zone ?? ''}`;
  });

const value = fc.oneof({ weight: 6, arbitrary: dateText }, { weight: 3, arbitrary: fc.constantFrom(...EDGES) }, { weight: 1, arbitrary: fc.constant(null) });

/** Rows holding every field a table has (a table's plain rows show them all), the dates given. */
function rowsOf(dates: readonly (string | null)[]): Row[] {
  return dates.map((date, i) => ({ ...Object.fromEntries(columns.fields.map((name) => [name, null])), usageDate: date, quantity: i + 1 }));
}

function byBucket(level: AggregationLevel): CheckedQuery {
  return checkedQuery({ schema, groupby: [groupByField('usageDate')], aggregationLevel: level, top: 10_000, skip: 0 });
}

/** Plain rows sorted by their dates as instants: the same reading of every date, outside the service's range too. */
const byDate = checkedQuery({ schema, orderby: [orderByItem('usageDate', 'desc')], top: 10_000, skip: 0 });
const QUERIES: readonly CheckedQuery[] = [...LEVELS.map(byBucket), byDate];

/** The rows as text columns (counts as exact numbers), with an ordinal. */
function insertSql(rows: readonly Row[]): { text: string; values: (string | null)[] } {
  const values: (string | null)[] = [];
  const tuples = rows.map((row, i) => {
    const slots = columns.fields.map((name) => {
      const cell = row[name];
      values.push(cell === null || cell === undefined ? null : String(cell));
      return `$${values.length}`;
    });
    values.push(String(i + 1));
    return `(${slots.join(', ')}, $${values.length})`;
  });
  return { text: `INSERT INTO ${q(TABLE)} VALUES ${tuples.join(', ')}`, values };
}

const tableSql = (text: string, exact: string): string =>
  `CREATE TABLE ${q(TABLE)} (${columns.fields.map((name) => `${q(name)} ${columns.readCounts.includes(name) ? exact : text}`).join(', ')}, "ordinal" BIGINT)`;

async function loadDuckDb(connection: DuckDbConnection, rows: readonly Row[]): Promise<void> {
  await connection.run(`DROP TABLE IF EXISTS ${q(TABLE)}`);
  await connection.run(tableSql('VARCHAR', 'HUGEINT'));
  const { text, values } = insertSql(rows);
  await connection.run(text, values);
}

async function loadPostgres(client: PostgresClient, rows: readonly Row[]): Promise<void> {
  await client.query(`DROP TABLE IF EXISTS ${q(TABLE)}`);
  await client.query(tableSql('TEXT', 'NUMERIC'));
  const { text, values } = insertSql(rows);
  await client.query(text, values);
}

const bucketsShown = (outcome: EvaluationOutcome): readonly unknown[] => (outcome.ok ? outcome.value.map((row) => row.usageDate) : outcome.diagnostics);

describe('aggregationLevel buckets in memory', () => {
  it.each([
    ['month', '0001-01-01', '0001-01-01T00:00:00'],
    ['month', '0099-12-31T23:59:59.9999999', '0099-12-01T00:00:00'],
    ['week', '0001-01-07T23:59:59.999', '0001-01-01T00:00:00'],
    ['week', '9999-12-31T23:59:59.9999999', '9999-12-27T00:00:00'],
    ['month', '9999-12-31', '9999-12-01T00:00:00'],
    ['day', '0001-01-01T00:00-00:01', '0001-01-01T00:00:00'],
  ] as const)('a %s bucket of %s inside the service\'s dates is %s', (level, date, shown) => {
    expect(bucketsShown(compileQuery(byBucket(level)).evaluate(rowsOf([date])))).toEqual([shown]);
  });

  it.each(LEVELS.flatMap((level) => ['0000-06-15', '0000-12-31T23:59:59.999Z', '0001-01-01T00:00+00:01', '9999-12-31T23:59:59.999-00:01', '9999-12-31T23:59-23:59'].map((date) => [level, date] as const)))(
    'a %s bucket of %s, an instant outside years 0001-9999 in UTC, keeps the text as written',
    (level, date) => {
      // No date at all (docs/language.md, "Dates": the service's range), or an instant outside it.
      const instant = parseDateTime(date);
      expect(instant === undefined || instant < SERVICE_DATE_RANGE.first || instant > SERVICE_DATE_RANGE.last).toBe(true);
      expect(bucketsShown(compileQuery(byBucket(level)).evaluate(rowsOf([date])))).toEqual([date]);
    },
  );
});

describe('aggregationLevel buckets: in-memory evaluator == DuckDB', () => {
  it('writes the same bucket text at the edges, for day, week and month, and sorts by them alike', async () => {
    const rows = rowsOf([...EDGES, null]);
    await loadDuckDb(engines.duckdb(), rows);
    for (const query of QUERIES) {
      expect(await evaluateOnDuckDb(engines.duckdb(), query, { source })).toEqual(compileQuery(query).evaluate(rows));
    }
  });

  it('writes the same bucket text for dates drawn from the whole range parseDateTime reads, and sorts by them alike', async () => {
    // Few runs of many dates: each DuckDB statement costs far more than a date in it.
    await fc.assert(
      fc.asyncProperty(fc.array(value, { minLength: 1, maxLength: 80 }), async (dates) => {
        const rows = rowsOf(dates);
        await loadDuckDb(engines.duckdb(), rows);
        for (const query of QUERIES) {
          expect(await evaluateOnDuckDb(engines.duckdb(), query, { source })).toEqual(compileQuery(query).evaluate(rows));
        }
      }),
      { numRuns: 12 },
    );
  });
});

describe.skipIf(postgres === undefined)(postgresSuiteName(postgres, 'aggregationLevel buckets: in-memory evaluator == PostgreSQL'), () => {
  it('writes the same bucket text at the edges, for day, week and month, and sorts by them alike', async () => {
    const rows = rowsOf([...EDGES, null]);
    await loadPostgres(postgres!, rows);
    for (const query of QUERIES) {
      expect(await evaluateOnPostgres(postgres!, query, { source })).toEqual(compileQuery(query).evaluate(rows));
    }
  });

  it('writes the same bucket text for dates drawn from the whole range parseDateTime reads, and sorts by them alike', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(value, { minLength: 1, maxLength: 30 }), async (dates) => {
        const rows = rowsOf(dates);
        await loadPostgres(postgres!, rows);
        for (const query of QUERIES) {
          expect(await evaluateOnPostgres(postgres!, query, { source })).toEqual(compileQuery(query).evaluate(rows));
        }
      }),
      { numRuns: 40 },
    );
  });
});
