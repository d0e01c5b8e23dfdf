import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OPERATORS,
  ENDPOINT_IDS,
  ENDPOINT_SCHEMAS,
  InvalidArgumentError,
  LICENSE_USAGE_SCHEMA,
  endpointForPath,
  endpointSchema,
  isEndpointId,
  parseDateTime,
  rowShape,
  type EndpointSchema,
} from '@pcaq/core';
import { thrown } from '@pcaq/testing';

const schemas: readonly EndpointSchema[] = Object.values(ENDPOINT_SCHEMAS);
const field = (schema: EndpointSchema, name: string) => schema.fields.find((f) => f.name === name);

describe('the endpoint registry', () => {
  it('holds the seven endpoints of the analytics family, each under its own id', () => {
    expect(ENDPOINT_IDS).toEqual(['license-usage', 'license-deployment', 'subscriptions', 'azure-usage', 'indirect-resellers', 'referrals', 'search']);
    for (const id of ENDPOINT_IDS) expect(ENDPOINT_SCHEMAS[id].endpoint.id).toBe(id);
    expect(ENDPOINT_SCHEMAS['license-usage']).toBe(LICENSE_USAGE_SCHEMA);
  });

  it('is frozen all the way down, so no stage can change a schema another reads', () => {
    for (const schema of schemas) {
      expect(Object.isFrozen(schema) && Object.isFrozen(schema.fields) && Object.isFrozen(schema.endpoint.paths)).toBe(true);
      for (const f of schema.fields) expect(Object.isFrozen(f)).toBe(true);
    }
    expect(Object.isFrozen(ENDPOINT_SCHEMAS)).toBe(true);
  });

  it('looks an endpoint up by its exact id and answers undefined for any other name', () => {
    expect(endpointSchema('search')).toBe(ENDPOINT_SCHEMAS.search);
    expect(endpointSchema('Search')).toBeUndefined();
    expect(endpointSchema('toString')).toBeUndefined();
    expect(isEndpointId('__proto__')).toBe(false);
    expect(isEndpointId(7)).toBe(false);
  });
});

describe('every endpoint schema', () => {
  it.each(schemas.map((s) => [s.endpoint.id, s] as const))('%s is consistent with the schema model', (_, schema) => {
    const names = schema.fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    const takesOrderBy = schema.endpoint.parameters.includes('orderby');
    expect(schema.endpoint.aggregationLevel !== undefined).toBe(schema.endpoint.parameters.includes('aggregationLevel'));
    expect(schema.endpoint.paths.length).toBeGreaterThanOrEqual(2);
    for (const f of schema.fields) {
      if (f.operators !== undefined) expect(f.filterable).toBe(true);
      if (f.kind === 'enum') expect(f.values?.length).toBeGreaterThan(0);
      else expect(f.values).toBeUndefined();
      if (f.aggregate !== undefined || f.groupedOnly) expect(f.kind).toBe('count');
      if (f.kind === 'count') expect([f.filterable, f.groupable]).toEqual([false, false]);
      if (f.orderable) expect(takesOrderBy).toBe(true);
      if (f.nullValues !== undefined || f.dateOnly) expect(f.kind).toBe('datetime');
      // Only dates are ordered; only text takes `contains` (docs/endpoints.md, "Decisions").
      for (const op of f.operators ?? DEFAULT_OPERATORS) {
        if (['gt', 'ge', 'lt', 'le'].includes(op)) expect(f.kind).toBe('datetime');
        if (op === 'contains') expect(f.kind).toBe('string');
      }
    }
    if (takesOrderBy) expect(schema.fields.some((f) => f.orderable)).toBe(true);
    // Aliases never shadow a field.
    for (const alias of rowShape(schema).aliases.keys()) expect(names).not.toContain(alias);
  });

  it('snapshot selection (processedDateTime) belongs to the two licence endpoints only', () => {
    const withSnapshots = schemas.filter((s) => s.endpoint.parameters.includes('processedDateTime')).map((s) => s.endpoint.id);
    expect(withSnapshots).toEqual(['license-usage', 'license-deployment']);
  });
});

describe('each endpoint\'s example', () => {
  it.each(schemas.map((s) => [s.endpoint.id, s] as const))('%s names only fields that take what it uses', (_, schema) => {
    const example = schema.endpoint.example;
    expect(example).toBeDefined();
    if (example === undefined) return;
    for (const name of example.groupby.split(',')) expect(field(schema, name)?.groupable).toBe(true);
    const uses = [
      ...[...example.filter.matchAll(/(\w+) (eq|ne|gt|ge|lt|le) /g)].map((m) => [m[1]!, m[2]!] as const),
      ...[...example.filter.matchAll(/contains\((\w+),/g)].map((m) => [m[1]!, 'contains'] as const),
    ];
    expect(uses.length).toBeGreaterThan(0);
    for (const [name, op] of uses) expect(field(schema, name)?.operators ?? (field(schema, name)?.filterable ? DEFAULT_OPERATORS : [])).toContain(op);
  });
});

describe('the facts of docs/endpoints.md', () => {
  it('subscriptionType is a case-sensitive enum and status a case-insensitive one', () => {
    expect(field(ENDPOINT_SCHEMAS.subscriptions, 'subscriptionType')).toMatchObject({ kind: 'enum', caseSensitive: true, values: ['Office', 'Azure', 'Microsoft365', 'Dynamics', 'EMS'] });
    expect(field(ENDPOINT_SCHEMAS.subscriptions, 'status')?.caseSensitive).toBeUndefined();
  });

  it('subscriptionCount counts the rows of a group and appears in grouped rows only', () => {
    expect(field(ENDPOINT_SCHEMAS.subscriptions, 'subscriptionCount')).toMatchObject({ kind: 'count', aggregate: 'rows', groupedOnly: true });
    expect(field(ENDPOINT_SCHEMAS.subscriptions, 'licenseCount')).toMatchObject({ kind: 'count', aggregate: 'sum' });
  });

  it('contains is taken by productName (with eq ne) and by customerName and friendlyName alone', () => {
    expect(field(ENDPOINT_SCHEMAS.subscriptions, 'productName')?.operators).toEqual(['contains', 'eq', 'ne']);
    expect(field(ENDPOINT_SCHEMAS.subscriptions, 'customerName')?.operators).toEqual(['contains']);
    expect(field(ENDPOINT_SCHEMAS.subscriptions, 'friendlyName')?.operators).toEqual(['contains']);
  });

  it('indirect resellers read 0001-01-01T00:00:00 as no date, on every date, and the response spelling of the deprovisioned date', () => {
    const dates = ENDPOINT_SCHEMAS['indirect-resellers'].fields.filter((f) => f.kind === 'datetime');
    expect(dates).toHaveLength(8);
    for (const f of dates) {
      // The page's spelling first; every other one names the same first instant of the calendar.
      expect(f.nullValues?.[0]).toBe('0001-01-01T00:00:00');
      for (const spelling of f.nullValues ?? []) expect(parseDateTime(spelling)).toBe(-62_135_596_800_000);
    }
    expect(rowShape(ENDPOINT_SCHEMAS['indirect-resellers']).aliases.get('latestSubscriptionDeprovisionedEndDate')).toBe('latestSubscriptionDeprovisionedDate');
  });

  it('Azure usage orders by its thirteen fields, not by its quantity', () => {
    const orderable = (ENDPOINT_SCHEMAS['azure-usage'] as EndpointSchema).fields.filter((f) => f.orderable).map((f) => f.name);
    expect(orderable).toHaveLength(13);
    expect(orderable).not.toContain('quantity');
  });

  it('aggregationLevel takes day, week and month, with each page\'s default', () => {
    const levels = Object.fromEntries(schemas.filter((s) => s.endpoint.aggregationLevel).map((s) => [s.endpoint.id, s.endpoint.aggregationLevel]));
    expect(levels).toEqual({
      subscriptions: { values: ['day', 'week', 'month'], default: 'dateRange' },
      'azure-usage': { values: ['day', 'week', 'month'], default: 'day' },
      'indirect-resellers': { values: ['day', 'week', 'month'], default: 'day' },
      referrals: { values: ['day', 'week', 'month'], default: 'day' },
      search: { values: ['day', 'week', 'month'], default: 'day' },
    });
  });

  it('search dates are date-only and its four counts are summed', () => {
    expect(field(ENDPOINT_SCHEMAS.search, 'searchDate')).toMatchObject({ kind: 'datetime', dateOnly: true });
    expect(ENDPOINT_SCHEMAS.search.fields.filter((f) => f.kind === 'count').map((f) => f.aggregate)).toEqual(['sum', 'sum', 'sum', 'sum']);
  });
});

describe('endpointForPath', () => {
  it('names the endpoint of every documented path form, with and without the trailing slash', () => {
    for (const schema of schemas) {
      for (const path of schema.endpoint.paths) {
        const bare = path.replace(/\/$/, '');
        expect(endpointForPath(bare)).toBe(schema);
        expect(endpointForPath(`${bare}/`)).toBe(schema);
        expect(endpointForPath(bare.toUpperCase())).toBe(schema);
      }
    }
  });

  it('accepts a gateway prefix before a documented path, but no partial segment', () => {
    expect(endpointForPath('/api/partner/v1/analytics/search')).toBe(ENDPOINT_SCHEMAS.search);
    expect(endpointForPath('/partner/v1/analytics/xsearch')).toBeUndefined();
    expect(endpointForPath('/partner/v1/analytics/search/extra')).toBeUndefined();
    expect(endpointForPath('/v1/analytics/commercial/usage')).toBeUndefined();
    expect(endpointForPath('')).toBeUndefined();
    expect(endpointForPath('/')).toBeUndefined();
  });

  it('throws a typed error for a pathname that is not a string (a programming error)', () => {
    expect(thrown(() => endpointForPath(42 as never))).toBeInstanceOf(InvalidArgumentError);
  });

  const pathForm = fc.constantFrom(...schemas.flatMap((s) => s.endpoint.paths.map((p) => [s, p] as const)));
  test.prop([pathForm, fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }), fc.boolean()])(
    'matches any casing of a path form, with or without a trailing slash',
    ([schema, path], upper, slash) => {
      const bare = path.replace(/\/$/, '');
      const cased = [...bare].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase())).join('');
      expect(endpointForPath(slash ? `${cased}/` : cased)).toBe(schema);
    },
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 2000 })])('never throws on any string, and what it names has a path form the string ends with', (text) => {
    const schema = endpointForPath(text);
    if (schema === undefined) return;
    const lower = text.toLowerCase().replace(/\/$/, '');
    expect(schema.endpoint.paths.some((p) => lower.endsWith(p.toLowerCase().replace(/\/$/, '')))).toBe(true);
  });
});
