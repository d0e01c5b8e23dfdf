import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ENDPOINT_SCHEMAS, NOT_A_COUNT, isGuid, readCount, type EndpointSchema, type FieldDefinition } from '@pcaq/core';
import { endpointRow, generateRows, rowJson, type GeneratedRow, type GeneratedValue } from '@pcaq/testing';

const schemas = Object.values(ENDPOINT_SCHEMAS) as readonly EndpointSchema[];
const cases = schemas.map((s) => [s.endpoint.id, s] as const);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Why `value` is not a valid value of `field`, or undefined when it is. */
function problem(field: FieldDefinition, value: GeneratedValue): string | undefined {
  switch (field.kind) {
    case 'guid':
      return typeof value === 'string' && isGuid(value) ? undefined : 'not a GUID';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'not a boolean';
    case 'count': {
      const count = readCount(value);
      return count === NOT_A_COUNT || count === null || count === undefined ? 'not a count' : undefined;
    }
    case 'datetime':
      if (value === null || field.nullValues?.includes(value as string)) return undefined;
      if (typeof value !== 'string' || !(field.dateOnly ? DATE : DATE_TIME).test(value)) return 'not a date in the pages\' form';
      return Number.isNaN(Date.parse(field.dateOnly ? value : `${value}Z`)) ? 'not a real date' : undefined;
    case 'enum':
    case 'string':
      return typeof value === 'string' && value.length > 0 ? undefined : 'not text';
  }
}

function problems(schema: EndpointSchema, rows: readonly GeneratedRow[]): string[] {
  return rows.flatMap((row) => schema.fields.filter((f) => f.name in row).flatMap((f) => (problem(f, row[f.name]!) ? [`${f.name}: ${String(row[f.name])} is ${problem(f, row[f.name]!)}`] : [])));
}

describe('generateRows', () => {
  it.each(cases)('%s: the same seed gives the same rows, another seed others', (_, schema) => {
    expect(generateRows(schema, { seed: 7, count: 50 })).toEqual(generateRows(schema, { seed: 7, count: 50 }));
    expect(generateRows(schema, { seed: 8, count: 50 })).not.toEqual(generateRows(schema, { seed: 7, count: 50 }));
  });

  it.each(cases)('%s: every field of the schema appears, in schema order; grouped-only fields only in grouped rows', (_, schema) => {
    const plain = generateRows(schema, { count: 20 });
    expect(Object.keys(plain[0]!)).toEqual(schema.fields.filter((f) => !f.groupedOnly).map((f) => f.name));
    const grouped = generateRows(schema, { count: 20, grouped: true });
    expect(Object.keys(grouped[0]!)).toEqual(schema.fields.map((f) => f.name));
  });

  it.each(cases)('%s: each value is valid for its field\'s kind', (_, schema) => {
    expect(problems(schema, generateRows(schema, { seed: 3, count: 2000, grouped: true }))).toEqual([]);
  });

  it('gives counts as numbers, as strings and past 2^53, dates with nulls, and values outside a documented enum', () => {
    const rows = generateRows(ENDPOINT_SCHEMAS.subscriptions, { seed: 5, count: 3000, grouped: true });
    const counts = rows.map((r) => r['licenseCount']);
    expect(counts.some((c) => typeof c === 'number')).toBe(true);
    expect(counts.some((c) => typeof c === 'string')).toBe(true);
    expect(counts.some((c) => typeof c === 'bigint' && c > BigInt(Number.MAX_SAFE_INTEGER))).toBe(true);
    expect(rows.some((r) => r['creationDate'] === null)).toBe(true);
    const types = new Set(rows.map((r) => r['subscriptionType']));
    for (const value of ['Office', 'Azure', 'Microsoft365', 'Dynamics', 'EMS', 'M365', 'UNKNOWN', 'Windows']) expect(types).toContain(value);
    // A case-sensitive enum is never lower-cased; a case-insensitive one sometimes is, as the service returns it.
    expect(types.has('office')).toBe(false);
    expect(rows.some((r) => r['status'] === 'active')).toBe(true);
    expect(rows.some((r) => typeof r['autoRenewEnabled'] === 'boolean')).toBe(true);
  });

  it('writes the "no date" spelling where the schema has one, and date-only values where the field is date-only', () => {
    const resellers = generateRows(ENDPOINT_SCHEMAS['indirect-resellers'], { count: 500 });
    expect(resellers.some((r) => r['firstSubscriptionEndDate'] === '0001-01-01T00:00:00')).toBe(true);
    expect(generateRows(ENDPOINT_SCHEMAS.subscriptions, { count: 500 }).some((r) => Object.values(r).includes('0001-01-01T00:00:00'))).toBe(false);
    expect(generateRows(ENDPOINT_SCHEMAS.search, { count: 50 }).filter((r) => r['searchDate'] !== null).every((r) => DATE.test(r['searchDate'] as string))).toBe(true);
  });

  it('writes realistic text, non-ASCII included, with values repeated so that groups form', () => {
    const rows = generateRows(ENDPOINT_SCHEMAS['azure-usage'], { count: 500, distinct: 10 });
    const names = rows.map((r) => r['customerName'] as string);
    expect(names.some((n) => /[^\x00-\x7f]/.test(n))).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBeLessThanOrEqual(10);
    const markets = generateRows(ENDPOINT_SCHEMAS.referrals, { count: 100 }).map((r) => r['customerMarket'] as string);
    expect(markets.every((m) => /^[A-Z]{2}$/i.test(m))).toBe(true);
  });

  it('spells fields by their aliases when asked, as some responses do', () => {
    const [row] = generateRows(ENDPOINT_SCHEMAS['indirect-resellers'], { count: 1, aliases: true });
    expect(Object.keys(row!)).toContain('latestSubscriptionDeprovisionedEndDate');
    expect(Object.keys(row!)).not.toContain('latestSubscriptionDeprovisionedDate');
    expect(Object.keys(generateRows(ENDPOINT_SCHEMAS['license-usage'], { count: 1, aliases: true })[0]!)).toContain('licenseActive');
  });

  it('gives snapshot endpoints their processed dates in order, rows of one date together', () => {
    for (const schema of [ENDPOINT_SCHEMAS['license-usage'], ENDPOINT_SCHEMAS['license-deployment']]) {
      const dates = generateRows(schema, { count: 100 }).map((r) => r['processedDateTime'] as string);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(dates).size).toBe(4);
    }
  });
});

describe('endpointRow', () => {
  test.prop([fc.constantFrom(...schemas).chain((schema) => fc.tuple(fc.constant(schema), fc.array(endpointRow(schema, { grouped: true }), { maxLength: 20 })))])(
    'gives rows whose every value is valid for its field\'s kind',
    ([schema, rows]) => {
      expect(problems(schema, rows)).toEqual([]);
      for (const row of rows) expect(Object.keys(row)).toEqual(schema.fields.map((f) => f.name));
    },
  );
});

describe('rowJson', () => {
  it('writes counts past 2^53 as exact digits and everything else as JSON.stringify does', () => {
    expect(rowJson({ a: 9007199254740993n, b: 'x"y', c: null, d: true })).toBe('{"a":9007199254740993,"b":"x\\"y","c":null,"d":true}');
    for (const row of generateRows(ENDPOINT_SCHEMAS.search, { count: 50 })) {
      if (!Object.values(row).some((v) => typeof v === 'bigint')) expect(rowJson(row)).toBe(JSON.stringify(row));
    }
  });
});
