import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { bucketStart, bucketText, checkedQuery, endpointSchema, groupByField, parseDateTime, type AggregationLevel, type CheckedQuery } from '@pcaq/core';
import { evaluateFileWithDuckDb, evaluateOnPostgres } from '@pcaq/engines';
import { compileQuery, type Row } from '@pcaq/evaluator';
import { parseFilter } from '@pcaq/linter';
import { readRows } from '@pcaq/readers';
import { quoteIdentifier, sqlColumns } from '@pcaq/sql';
import { engineConnections } from '../../packages/engines/test/engine-connections.js';
import { postgresSuiteName } from '../../packages/engines/test/postgres-server.js';

// docs/language.md, "Dates": a date names an instant of Edm.DateTimeOffset's range, years 0001
// to 9999 in UTC with an offset of at most 14 hours; anything else is no date, the same in the
// linter, the evaluator and both SQL engines. Bucketing by month keeps the year as written, also
// for the years 0001-0099 that JavaScript's Date.UTC maps to the 1900s.
const TABLE = `pcaq_edges_dates_${randomBytes(6).toString('hex')}`;
const engines = await engineConnections(TABLE);
const { postgres } = engines;
const directory = await mkdtemp(join(tmpdir(), 'pcaq-edges-dates-'));
afterAll(() => rm(directory, { recursive: true, force: true }));
const schema = endpointSchema('subscriptions')!;
let fileNumber = 0;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** ISO 8601 dates and date-times of every shape the language reads (with or without seconds and 1-7 fractional digits), over the whole four-digit year range and every offset up to 23:59. */
const dateText = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 9880, max: 9999 })),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    seconds: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 59 }).map((n) => `:${pad(n, 2)}`), fc.tuple(fc.integer({ min: 0, max: 59 }), fc.stringMatching(/^[0-9]{1,7}$/)).map(([n, f]) => `:${pad(n, 2)}.${f}`)),
    dateOnly: fc.boolean(),
    zone: fc.oneof(fc.constant(''), fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([s, h, m]) => `${s}${pad(h, 2)}:${pad(m, 2)}`)),
  })
  .map(({ year, month, day, hour, minute, seconds, dateOnly, zone }) =>
    dateOnly ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}${seconds}${zone}`,
  );

const FIRST_INSTANT = Date.parse('0001-01-01T00:00:00Z');
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

async function writeCsv(dates: readonly string[]): Promise<string> {
  const path = join(directory, `dates-${fileNumber++}.csv`);
  await writeFile(path, `id,creationDate,licenseCount\n${dates.map((d, i) => `${i},${d},1`).join('\n')}\n`);
  return path;
}

function grouped(level: AggregationLevel): CheckedQuery {
  return checkedQuery({ schema, groupby: [groupByField('creationDate')], aggregationLevel: level, top: 10000, skip: 0 });
}

async function inMemory(path: string, query: CheckedQuery): Promise<unknown> {
  return compileQuery(query).evaluateAsync(readRows(path, { schema }));
}

describe('a date names an instant of years 0001-9999 (UTC) with an offset of at most 14 hours', () => {
  it.each(['0000-01-01', '0000-12-31T23:59:59Z', '0001-01-01T00:00:00+00:01', '9999-12-31T23:00:00-05:00', '2024-01-01T00:00:00+14:01', '2024-01-01T00:00:00-23:59'])(
    '%s is no date',
    (text) => {
      expect(parseDateTime(text)).toBeUndefined();
    },
  );

  it.each(['0001-01-01T00:00:00', '0001-01-01T00:00:00-14:00', '9999-12-31T23:59:59.9999999Z', '9999-12-31T10:00:00+14:00', '2024-01-01T00:00:00+05:30'])('%s is a date', (text) => {
    expect(parseDateTime(text)).toBeDefined();
  });

  it('a cast of a year-0000 date is PCAQ0209 at the literal, as any other non-date', () => {
    const filter = "creationDate ge cast('0000-01-01', Edm.DateTimeOffset)";
    const { diagnostics } = parseFilter(filter, { schema });
    expect(diagnostics.map((d) => [d.code, d.span.start])).toEqual([['PCAQ0209', filter.indexOf('cast')]]);
  });

  test.prop([dateText])('parseDateTime gives an instant in range or nothing', (text) => {
    const instant = parseDateTime(text);
    if (instant !== undefined) {
      expect(instant).toBeGreaterThanOrEqual(FIRST_INSTANT);
      expect(instant).toBeLessThanOrEqual(LAST_INSTANT);
    }
  });

  it.each(['0001-01-01', '0050-03-15', '0099-12-31T23:59:59Z', '1999-06-15'])('a month bucket of %s keeps its year', (text) => {
    expect(bucketText(bucketStart(parseDateTime(text)!, 'month'))).toBe(`${text.slice(0, 7)}-01T00:00:00`);
  });
});

describe('dates of every year read and bucket alike in memory and in DuckDB', () => {
  test.prop([fc.array(dateText, { minLength: 1, maxLength: 30 }), fc.constantFrom<AggregationLevel>('day', 'week', 'month')], { numRuns: 25 })(
    'grouped by a bucketed date, the same rows',
    async (dates, level) => {
      const path = await writeCsv(dates);
      expect(await evaluateFileWithDuckDb(path, grouped(level), { connection: engines.duckdb() })).toEqual(await inMemory(path, grouped(level)));
    },
  );
});

describe.skipIf(postgres === undefined)(postgresSuiteName(postgres, 'dates of every year read and bucket alike in memory and in PostgreSQL'), () => {
  test.prop([fc.array(dateText, { minLength: 1, maxLength: 30 }), fc.constantFrom<AggregationLevel>('day', 'week', 'month')], { numRuns: 25 })(
    'grouped by a bucketed date, the same rows',
    async (dates, level) => {
      const path = await writeCsv(dates);
      const rows: Row[] = [];
      for await (const row of readRows(path, { schema })) rows.push(row as Row);
      const q = quoteIdentifier;
      const { fields, readCounts } = sqlColumns(schema);
      await postgres!.query(`DROP TABLE IF EXISTS ${q(TABLE)}`);
      await postgres!.query(`CREATE TABLE ${q(TABLE)} (${fields.map((name) => `${q(name)} ${readCounts.includes(name) ? 'NUMERIC' : 'TEXT'}`).join(', ')}, "ordinal" BIGINT)`);
      const values = rows.flatMap((row, i) => [...fields.map((name) => (row[name] === undefined || row[name] === null ? null : String(row[name]))), String(i + 1)]);
      const width = fields.length + 1;
      const tuples = rows.map((_, i) => `(${Array.from({ length: width }, (_, j) => `$${i * width + j + 1}`).join(', ')})`);
      await postgres!.query(`INSERT INTO ${q(TABLE)} VALUES ${tuples.join(', ')}`, values);
      const source = { kind: 'table', name: TABLE, ordinal: 'ordinal' } as const;
      expect(await evaluateOnPostgres(postgres!, grouped(level), { source })).toEqual(await inMemory(path, grouped(level)));
    },
  );
});
