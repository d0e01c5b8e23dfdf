import { fc, test as prop } from '@fast-check/vitest';
import { thrown } from '@pcaq/testing';
import { describe, expect, it } from 'vitest';
import {
  ENDPOINT_IDS,
  ENDPOINT_SCHEMAS,
  InvalidArgumentError,
  comparison,
  endpointForPath,
  field,
  booleanLiteral,
  type EndpointId,
  type FieldDefinition,
  type FilterOperator,
} from '@pcaq/core';
import { parseFilter, parseGroupBy } from '@pcaq/linter';
import { decodeQuery, printFilter } from '@pcaq/printer';
import { fromFilter, licenseUsageQuery, query, someOf, whereOn, type Condition, type QueryBuilder } from '@pcaq/builder';

const GUID = '0112A436-B14E-4888-967B-CA4BB2CF1234';

/** A value each kind takes cleanly: what a caller of the typed builder passes. */
function cleanValue(definition: FieldDefinition, operator: FilterOperator): unknown {
  if (operator === 'contains') return 'Office';
  switch (definition.kind) {
    case 'guid':
      return GUID;
    case 'boolean':
      return true;
    case 'datetime':
      return new Date(Date.UTC(2018, 0, 1, 10, 30));
    case 'enum':
      return definition.values?.[0] ?? 'x';
    default:
      return 'Contoso';
  }
}

/** The builder's methods as the untyped run-time object a JavaScript caller sees. */
type Untyped = Record<FilterOperator | 'anyOf' | 'noneOf', (value: unknown) => QueryBuilder<EndpointId>>;
const whereUntyped = (builder: QueryBuilder<EndpointId>, name: string): Untyped => (builder.where as (n: string) => unknown)(name) as Untyped;
const onUntyped = (id: EndpointId, name: string) =>
  (whereOn as (i: EndpointId, n: string) => unknown)(id, name) as Record<FilterOperator, (value: unknown) => Condition>;

const filterable = (id: EndpointId) => ENDPOINT_SCHEMAS[id].fields.filter((f) => f.filterable) as readonly FieldDefinition[];
const operatorsOf = (definition: FieldDefinition): readonly FilterOperator[] => definition.operators ?? ['eq', 'ne'];

/** Every filterable field of the endpoint with every operator it takes, each through `where`. */
function everyComparison(id: EndpointId): QueryBuilder<EndpointId> {
  let builder: QueryBuilder<EndpointId> = query(id);
  for (const definition of filterable(id)) {
    for (const operator of operatorsOf(definition)) builder = whereUntyped(builder, definition.name)[operator](cleanValue(definition, operator));
  }
  const groupable = ENDPOINT_SCHEMAS[id].fields.filter((f) => f.groupable).map((f) => f.name);
  return (builder.groupBy as (...names: string[]) => QueryBuilder<EndpointId>)(...groupable.slice(0, 2)).top(100);
}

describe.each(ENDPOINT_IDS)('query(%s)', (id) => {
  const schema = ENDPOINT_SCHEMAS[id];
  const built = everyComparison(id);

  it('every field with every operator it takes lints clean under its endpoint', () => {
    // Every comparison at once makes a URL longer than front ends take (PCAQ0408): that is not the point here.
    expect(built.check({ maxQueryStringLength: 100_000 })).toEqual([]);
  });

  it('the filter round-trips through print and parse under its endpoint', () => {
    const text = built.toString();
    const parsed = parseFilter(text, { schema });
    expect(parsed.diagnostics).toEqual([]);
    expect(printFilter(parsed.ast!)).toBe(text);
  });

  it('the URL is on the endpoint canonical path and decodes to the same query', () => {
    const url = built.toUrl(undefined, { maxQueryStringLength: 100_000 });
    const path = url.slice(0, url.indexOf('?'));
    expect(path).toBe(schema.endpoint.paths[0]);
    expect(endpointForPath(path)).toBe(schema);
    const decoded = decodeQuery(url);
    expect(decoded.diagnostics).toEqual([]);
    expect(decoded.query.filter).toBe(built.toString());
    expect(parseGroupBy(String(decoded.query.groupby), { schema }).diagnostics).toEqual([]);
  });

  it('toChecked carries the endpoint schema', () => {
    const checked = built.toChecked({ maxQueryStringLength: 100_000 });
    expect(checked.schema).toBe(schema);
    expect(checked.top).toBe(100);
    expect(built.endpoint).toBe(id);
  });

  it('whereOn makes the same conditions as the builder where', () => {
    for (const definition of filterable(id)) {
      for (const operator of operatorsOf(definition)) {
        const value = cleanValue(definition, operator);
        const alone = onUntyped(id, definition.name)[operator](value);
        expect(alone.diagnostics).toEqual([]);
        expect(query(id).filter(alone).toString()).toBe(whereUntyped(query(id), definition.name)[operator](value).toString());
      }
    }
  });
});

describe('values become the literal of the field kind', () => {
  it('a Date or ISO text on a date field prints in the cast form', () => {
    const from = new Date(Date.UTC(2018, 0, 1));
    expect(query('subscriptions').where('creationDate').gt(from).toString()).toBe(
      "creationDate gt cast('2018-01-01T00:00:00.000Z', Edm.DateTimeOffset)",
    );
    expect(query('subscriptions').where('creationDate').le('2018-01-01').toString()).toBe("creationDate le cast('2018-01-01', Edm.DateTimeOffset)");
  });

  it('a boolean prints unquoted, contains as the function', () => {
    const builder = query('subscriptions').where('autoRenewEnabled').eq(false).where('productName').contains("O'Brien");
    expect(builder.toString()).toBe("autoRenewEnabled eq false and contains(productName,'O''Brien')");
    expect(builder.check()).toEqual([]);
  });

  it('anyOf and noneOf take values of the field kind', () => {
    expect(query('subscriptions').where('status').anyOf(['ACTIVE', 'SUSPENDED']).toString()).toBe("status eq 'ACTIVE' or status eq 'SUSPENDED'");
    expect(query('subscriptions').where('autoRenewEnabled').noneOf([true]).toString()).toBe('autoRenewEnabled ne true');
  });

  it('an enum value outside the documented list is allowed, with the linter warning', () => {
    const builder = query('subscriptions').where('status').eq('PAUSED');
    expect(builder.check().map((d) => [d.code, d.severity])).toEqual([['PCAQ0210', 'warning']]);
    expect(builder.toString()).toBe("status eq 'PAUSED'");
  });

  it('a case-only mismatch on a case-sensitive enum is the checker warning, and the value is kept as written', () => {
    const condition = whereOn('subscriptions', 'subscriptionType').eq('office');
    expect(condition.diagnostics.map((d) => [d.code, d.severity])).toEqual([['PCAQ0211', 'warning']]);
    expect(query('subscriptions').filter(condition).toString()).toBe("subscriptionType eq 'office'");
  });
});

describe('what only a JavaScript caller can pass is a diagnostic, never a throw', () => {
  const js = (name: string) => whereUntyped(query('subscriptions'), name);

  it('an operator the field does not take is PCAQ0206', () => {
    expect(js('customerMarket').gt('US').check().map((d) => d.code)).toEqual(['PCAQ0206']);
  });

  it("'true' on a boolean is PCAQ0207, an invalid Date PCAQ0209, a number PCAQ0109", () => {
    expect(js('autoRenewEnabled').eq('true').check().map((d) => d.code)).toEqual(['PCAQ0207']);
    expect(js('creationDate').gt(new Date(Number.NaN)).check().map((d) => d.code)).toEqual(['PCAQ0209']);
    expect(js('creationDate').gt('yesterday').check().map((d) => d.code)).toEqual(['PCAQ0209']);
    expect(js('customerMarket').eq(5).check().map((d) => d.code)).toEqual(['PCAQ0109']);
    expect(js('customerName').contains(true).check().map((d) => d.code)).toEqual(['PCAQ0109']);
  });

  it('a field of another endpoint is PCAQ0201', () => {
    expect(js('channel').eq('Reseller').check().map((d) => d.code)).toEqual(['PCAQ0201']);
  });

  it('a Date-like value that throws when read is a diagnostic on a date field and as processedDateTime', () => {
    const claimsDate = Object.create(Date.prototype) as Date;
    const trapped = new Proxy(new Date(0), { getPrototypeOf: () => { throw new Error('trap'); } });
    for (const value of [claimsDate, trapped]) {
      expect(js('creationDate').gt(value).check().map((d) => d.code)).toEqual(['PCAQ0109']);
      expect(licenseUsageQuery().processedDateTime(value).check().map((d) => d.code)).toEqual(['PCAQ0403']);
    }
  });

  it('a Date where text belongs is named by its ISO text', () => {
    expect(js('customerMarket').eq(new Date(0)).check()[0]?.message).toContain("'1970-01-01T00:00:00.000Z'");
  });

  it('an unknown endpoint id is an InvalidArgumentError naming the known ones', () => {
    const error = thrown(() => (query as (id: string) => unknown)('orders'));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(String((error as Error).message)).toContain('subscriptions');
    expect(thrown(() => (whereOn as (id: string, name: string) => unknown)('orders', 'x'))).toBeInstanceOf(InvalidArgumentError);
  });
});

describe('conditions from outside the typed fields are checked against the builder endpoint', () => {
  it('a tree handed to an endpoint builder is checked against that endpoint schema', () => {
    const tree = comparison(field('autoRenewEnabled'), 'eq', booleanLiteral(true));
    expect(query('subscriptions').filter(tree).check()).toEqual([]);
    expect(licenseUsageQuery().filter(tree).check().map((d) => d.code)).toEqual(['PCAQ0201']);
  });

  it('fromFilter checks text against the schema it is given', () => {
    const schema = ENDPOINT_SCHEMAS.subscriptions;
    const condition = fromFilter("autoRenewEnabled eq true and contains(productName,'Office')", { schema });
    expect(condition.diagnostics).toEqual([]);
    expect(query('subscriptions').filter(condition).check()).toEqual([]);
    expect(fromFilter('autoRenewEnabled eq true').diagnostics.map((d) => d.code)).toEqual(['PCAQ0201']);
  });

  it('query() without an id is licence usage, as licenseUsageQuery()', () => {
    expect(query().endpoint).toBe('license-usage');
    expect(query().where('channel').eq('Reseller').toUrl()).toBe(licenseUsageQuery().where('channel').eq('Reseller').toUrl());
  });

  it('or-groups of one endpoint combine with someOf', () => {
    const either = someOf(whereOn('subscriptions', 'status').eq('ACTIVE'), whereOn('subscriptions', 'autoRenewEnabled').eq(true));
    const builder = query('subscriptions').filter(either).where('creationDate').ge('2018-01-01');
    expect(builder.toString()).toBe("(status eq 'ACTIVE' or autoRenewEnabled eq true) and creationDate ge cast('2018-01-01', Edm.DateTimeOffset)");
    expect(builder.check()).toEqual([]);
  });
});

/** `text` with each lone surrogate replaced by U+FFFD, as UTF-8 encoding does. */
const wellFormed = (text: string): string => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** A filterable field of any endpoint with one operator it takes. */
const fieldAndOperator = fc
  .constantFrom(...ENDPOINT_IDS)
  .chain((id) => fc.constantFrom(...filterable(id)).chain((definition) => fc.constantFrom(...operatorsOf(definition)).map((operator) => ({ id, definition, operator }))));

/** Values of every kind and of none: hostile text, lone surrogates, any Date (invalid and far years), booleans, numbers. */
const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom("x' or customerName ne '", ')', "''", 'true', '2018-02-30', '\uD800'),
  fc.date({ noInvalidDate: false }),
  fc.boolean(),
  fc.double(),
  fc.constant(undefined),
);

describe('never throws, and round-trips when clean (property)', () => {
  prop.prop([fieldAndOperator, anyValue])('any value on any field: diagnostics, or a filter that parses back to itself', ({ id, definition, operator }, value) => {
    const builder = whereUntyped(query(id), definition.name)[operator](value);
    const diagnostics = builder.check();
    if (diagnostics.some((d) => d.severity === 'error')) {
      expect(thrown(() => builder.toUrl())).toBeInstanceOf(Error);
      return;
    }
    const text = builder.toString();
    const parsed = parseFilter(text, { schema: ENDPOINT_SCHEMAS[id] });
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(printFilter(parsed.ast!)).toBe(text);
    // The URL carries UTF-8: the encoder writes a lone surrogate as U+FFFD, so compare well-formed text.
    expect(decodeQuery(builder.toUrl(undefined, { maxQueryStringLength: 1_000_000 })).query.filter).toBe(wellFormed(text));
  });

  prop.prop([fc.constantFrom(...ENDPOINT_IDS), fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 200 })])(
    'a long list of hostile text on a contains or equality field keeps one comparison per value',
    (id, values) => {
      const definition = filterable(id).find((d) => d.kind === 'string' && operatorsOf(d).includes('eq'));
      if (!definition) return;
      const builder = whereUntyped(query(id), definition.name).anyOf(values);
      const parsed = parseFilter(builder.toString(), { schema: ENDPOINT_SCHEMAS[id] });
      const node = parsed.ast!;
      const count = node.type === 'Logical' ? node.operands.length : 1;
      expect(count).toBe(values.length);
    },
  );
});
