import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OPERATORS,
  ENDPOINT_IDS,
  ENDPOINT_SCHEMAS,
  InvalidArgumentError,
  LICENSE_USAGE_SCHEMA,
  hasErrors,
  type EndpointId,
  type FieldDefinition,
} from '@pcaq/core';
import { parseFilter } from '@pcaq/linter';
import { allOf, filter, filterOn, query, someOf, whereOn, QueryBuildError, type Condition } from '@pcaq/builder';
import { marked, thrown } from '@pcaq/testing';
import { isDeepFrozen } from './arbitraries.js';

/** Calls an endpoint's tag as the language would, with the given parts and values. */
function tagOn(id: EndpointId, parts: readonly string[], values: readonly unknown[]): Condition {
  const strings = Object.assign([...parts], { raw: [...parts] }) as unknown as TemplateStringsArray;
  return (filterOn(id) as (s: TemplateStringsArray, ...v: unknown[]) => Condition)(strings, ...values);
}

/** Codes and spans, in order: what a test asserts (never prose). */
function placed(condition: Condition): [string, { start: number; end: number }][] {
  return condition.diagnostics.map((d) => [d.code, { start: d.span.start, end: d.span.end }]);
}

const JANUARY = new Date('2018-01-01T00:00:00Z');

describe('filterOn(id)`...` writes each value as one literal of its kind', () => {
  const cases: readonly [string, () => Condition, string][] = [
    ['a string on a text field', () => filterOn('subscriptions')`customerMarket eq ${'US'}`, "customerMarket eq 'US'"],
    ['a string in contains', () => filterOn('subscriptions')`contains(productName,${"O'Brien 365"})`, "contains(productName,'O''Brien 365')"],
    ['a boolean', () => filterOn('subscriptions')`autoRenewEnabled eq ${true} or autoRenewEnabled ne ${false}`, 'autoRenewEnabled eq true or autoRenewEnabled ne false'],
    ['a Date', () => filterOn('subscriptions')`creationDate ge ${JANUARY}`, "creationDate ge cast('2018-01-01T00:00:00.000Z', Edm.DateTimeOffset)"],
    ['a Date on Azure usage', () => filterOn('azure-usage')`usageDate le ${JANUARY}`, "usageDate le cast('2018-01-01T00:00:00.000Z', Edm.DateTimeOffset)"],
    ['booleans and dates on search', () => filterOn('search')`detailsViewed eq ${true} and searchDate lt ${JANUARY}`, "detailsViewed eq true and searchDate lt cast('2018-01-01T00:00:00.000Z', Edm.DateTimeOffset)"],
    ['an enum value', () => filterOn('subscriptions')`status eq ${'ACTIVE'}`, "status eq 'ACTIVE'"],
    ['an injection attempt stays one value', () => filterOn('subscriptions')`contains(customerName,${"x') or (status eq 'ACTIVE"})`, "contains(customerName,'x'') or (status eq ''ACTIVE')"],
  ];
  it.each(cases)('%s', (_, make, text) => {
    const condition = make();
    expect(condition.diagnostics).toEqual([]);
    expect(condition.toString()).toBe(text);
    expect(isDeepFrozen(condition.node)).toBe(true);
  });

  it('a string is always quoted, even on a date or a boolean field: the checker then says so at the value', () => {
    const quotedDate = filterOn('subscriptions')`creationDate ge ${'2018-01-01'}`;
    expect(quotedDate.text).toBe("creationDate ge '2018-01-01'");
    expect(placed(quotedDate)).toEqual([['PCAQ0208', marked("creationDate ge [['2018-01-01']]").spans[0]]]);
    expect(quotedDate.node).toBeDefined();
    expect(placed(filterOn('subscriptions')`autoRenewEnabled eq ${'true'}`)).toEqual([['PCAQ0207', marked("autoRenewEnabled eq [['true']]").spans[0]]]);
  });

  it('keeps spans into the assembled text', () => {
    const condition = filterOn('subscriptions')`autoRenewEnabled eq ${true}`;
    expect(condition.text).toBe('autoRenewEnabled eq true');
    expect(condition.node?.type === 'Comparison' && condition.node.value.span).toEqual(marked('autoRenewEnabled eq [[true]]').spans[0]);
  });
});

describe("the assembled text is checked against the endpoint's schema, each diagnostic where parseFilter puts it", () => {
  // [endpoint, template parts, values, the text with the diagnostics' spans marked, codes in order]
  const cases: readonly [string, EndpointId, readonly string[], readonly unknown[], string, readonly string[]][] = [
    ['a field of another endpoint', 'subscriptions', ['channel eq ', ''], ['x'], "[[channel]] eq 'x'", ['PCAQ0201']],
    ['an operator the field does not take', 'subscriptions', ['customerName eq ', ''], ['x'], "customerName [[eq]] 'x'", ['PCAQ0206']],
    ['a case-only enum mismatch', 'subscriptions', ['subscriptionType eq ', ''], ['office'], "subscriptionType eq [['office']]", ['PCAQ0211']],
    ['a value outside the enum', 'subscriptions', ['status eq ', ''], ['PAUSED'], "status eq [['PAUSED']]", ['PCAQ0210']],
    ['a boolean on a text field', 'subscriptions', ['customerMarket eq ', ''], [true], 'customerMarket eq [[true]]', ['PCAQ0207']],
    ['a Date on a GUID field', 'azure-usage', ['customerTenantId eq ', ''], [JANUARY], "customerTenantId eq [[cast('2018-01-01T00:00:00.000Z', Edm.DateTimeOffset)]]", ['PCAQ0207']],
    ['an invalid Date', 'referrals', ['createdDate gt ', ''], [new Date(Number.NaN)], "createdDate gt [[cast('Invalid Date', Edm.DateTimeOffset)]]", ['PCAQ0209']],
    ['a GUID field given text that is not one', 'indirect-resellers', ['partnerTenantId eq ', ''], ['nope'], "partnerTenantId eq [['nope']]", ['PCAQ0204']],
    ['keyword case in the template', 'search', ['detailsViewed EQ ', ''], [true], 'detailsViewed [[EQ]] true', ['PCAQ0105']],
  ];
  it.each(cases)('%s', (_, id, parts, values, expected, codes) => {
    const condition = tagOn(id, parts, values);
    const { text, spans } = marked(expected);
    expect(condition.text).toBe(text);
    expect(placed(condition)).toEqual(codes.map((code, i) => [code, spans[i]]));
    // The same diagnostics, fixes included, as linting the assembled text against the endpoint.
    expect(condition.diagnostics).toEqual(parseFilter(text, { schema: ENDPOINT_SCHEMAS[id] }).diagnostics);
  });

  it('licence usage through filterOn is the filter tag', () => {
    const parts = ['customerTenantId eq ', ' and Channel eq ', ''];
    const strings = Object.assign([...parts], { raw: [...parts] }) as unknown as TemplateStringsArray;
    expect(filterOn('license-usage')(strings, 'x', 'R')).toEqual(filter(strings, 'x', 'R'));
  });
});

describe('a value that is not one literal of the tree is an error at its interpolation', () => {
  // [where the value is, template parts (one hole), value, the hole marked in the assembled text]
  const misplaced: readonly [string, readonly string[], unknown, string][] = [
    ['a boolean as a field', ['', " eq 'x'"], true, "[[true]] eq 'x'"],
    ['a Date as a field', ['', " eq 'x'"], JANUARY, "[[cast('2018-01-01T00:00:00.000Z', Edm.DateTimeOffset)]] eq 'x'"],
    ['a boolean as an operator', ['autoRenewEnabled ', ' true'], false, 'autoRenewEnabled [[false]] true'],
    ['a Date as an operator', ['creationDate ', " 'x'"], JANUARY, "creationDate [[cast('2018-01-01T00:00:00.000Z', Edm.DateTimeOffset)]] 'x'"],
    ['a boolean as a keyword', ['autoRenewEnabled eq true ', " status eq 'ACTIVE'"], true, "autoRenewEnabled eq true [[true]] status eq 'ACTIVE'"],
    ['a boolean inside quotes', ["status eq '", "'"], true, "status eq '[[true]]'"],
    ['a boolean glued to an operator', ['autoRenewEnabled eq', ''], true, 'autoRenewEnabled eq[[true]]'],
    ['a Date inside the template’s own cast', ['creationDate ge cast(', ', Edm.DateTimeOffset)'], JANUARY, "creationDate ge cast([[cast('2018-01-01T00:00:00.000Z', Edm.DateTimeOffset)]], Edm.DateTimeOffset)"],
  ];
  it.each(misplaced)('%s is PCAQ0112 there', (_, parts, value, expected) => {
    const condition = tagOn('subscriptions', parts, [value]);
    const { text, spans } = marked(expected);
    expect(condition.text).toBe(text);
    expect(condition.node).toBeUndefined();
    expect(placed(condition)).toContainEqual(['PCAQ0112', spans[0]]);
  });

  it('a string glued to a boolean or a Date is PCAQ0112 at both interpolations', () => {
    const condition = tagOn('subscriptions', ['status eq ', '', ''], ['ACTIVE', JANUARY]);
    const { text, spans } = marked("status eq [['ACTIVE']][[cast('2018-01-01T00:00:00.000Z', Edm.DateTimeOffset)]]");
    expect(condition.text).toBe(text);
    expect(placed(condition)).toContainEqual(['PCAQ0112', spans[0]]);
    expect(placed(condition)).toContainEqual(['PCAQ0112', spans[1]]);
  });

  // A value that is no literal at all: written `''` so the rest of the text is still checked.
  const notValues: readonly [string, readonly string[], unknown, string][] = [
    ['a number', ['status eq ', ''], 42, "status eq [['']]"],
    ['null', ['customerTenantId eq ', ''], null, "customerTenantId eq [['']]"],
    ['an object', ['productName eq ', ''], { name: 'x' }, "productName eq [['']]"],
    ['a boolean where contains wants text', ['contains(productName,', ')'], true, "contains(productName,[['']])"],
    ['a Date where contains wants text', ['contains(productName, ', ') and status eq ', ''], JANUARY, "contains(productName, [['']]) and status eq 'ACTIVE'"],
    ['a missing value', ['status eq ', ''], undefined, "status eq [['']]"],
  ];
  it.each(notValues)('%s is PCAQ0109 there, and nothing else is said of it', (_, parts, value, expected) => {
    const condition = tagOn('subscriptions', parts, parts.slice(1).map((_, i) => (i === 0 ? value : 'ACTIVE')));
    const { text, spans } = marked(expected);
    expect(condition.text).toBe(text);
    expect(condition.node).toBeUndefined();
    expect(placed(condition)).toEqual([['PCAQ0109', spans[0]]]);
  });

  it('names a Date by its ISO text', () => {
    expect(filterOn('subscriptions')`contains(productName,${JANUARY as unknown as string})`.diagnostics[0]?.message).toContain("'2018-01-01T00:00:00.000Z'");
  });

  it('never throws for values that throw when read', () => {
    const hostile = new Proxy(new Date(0), { getPrototypeOf: () => { throw new Error('trap'); } });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const value of [hostile, revoked.proxy, Symbol('s'), 10n, () => 1, Object.create(Date.prototype)]) {
      const condition = tagOn('subscriptions', ['creationDate ge ', ''], [value]);
      expect(condition.node).toBeUndefined();
      expect(condition.diagnostics.map((d) => d.code)).toEqual(['PCAQ0109']);
    }
  });

  it('an endpoint id that does not exist throws a typed error naming the known ones (a JavaScript caller)', () => {
    const error = thrown(() => filterOn('orders' as EndpointId));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toContain(ENDPOINT_IDS.join(', '));
  });
});

describe('the condition composes with the builder of its endpoint', () => {
  it("feeds query(id), after and before its where(), joined with 'and'", () => {
    const built = query('subscriptions')
      .where('status').eq('ACTIVE')
      .filter(filterOn('subscriptions')`creationDate ge ${JANUARY} or autoRenewEnabled eq ${true}`)
      .where('productName').contains('Office');
    expect(built.toString()).toBe(
      "status eq 'ACTIVE' and (creationDate ge cast('2018-01-01T00:00:00.000Z', Edm.DateTimeOffset) or autoRenewEnabled eq true) and contains(productName,'Office')",
    );
    expect(built.toChecked().schema).toBe(ENDPOINT_SCHEMAS.subscriptions);
  });

  it('combines with allOf, someOf and whereOn conditions of the same endpoint', () => {
    const tagged = filterOn('subscriptions')`autoRenewEnabled eq ${false}`;
    const either = someOf(tagged, whereOn('subscriptions', 'status').eq('SUSPENDED'));
    expect(either.toString()).toBe("autoRenewEnabled eq false or status eq 'SUSPENDED'");
    expect(allOf(either, filterOn('subscriptions')`creationDate lt ${JANUARY}`).toString()).toBe(
      "(autoRenewEnabled eq false or status eq 'SUSPENDED') and creationDate lt cast('2018-01-01T00:00:00.000Z', Edm.DateTimeOffset)",
    );
    expect(query('subscriptions').filter(either).check()).toEqual([]);
  });

  it("a condition of another endpoint is refused when the query is built, as whereOn's is", () => {
    const tagged = query('subscriptions').filter(filterOn('license-usage')`channel eq ${'Reseller'}`);
    const typed = query('subscriptions').filter(whereOn('license-usage', 'channel').eq('Reseller'));
    expect(tagged.check().map((d) => d.code)).toEqual(['PCAQ0201']);
    expect(tagged.check()).toEqual(typed.check());
    expect(thrown(() => tagged.toUrl())).toBeInstanceOf(QueryBuildError);
  });

  it('a condition with an error holds no tree, and the query that takes it reports it', () => {
    const broken = filterOn('subscriptions')`customerMarket eq ${true}`;
    expect(broken.node).toBeUndefined();
    const diagnostics = query('subscriptions').filter(broken).check();
    expect(diagnostics.map((d) => [d.code, d.source])).toEqual([['PCAQ0207', 'filter']]);
    expect(hasErrors(diagnostics)).toBe(true);
  });

  it('every endpoint has its tag, and the default operators hold on each', () => {
    for (const id of ENDPOINT_IDS) {
      const fields: readonly FieldDefinition[] = ENDPOINT_SCHEMAS[id].fields;
      const definition = fields.find((f) => f.filterable && (f.kind === 'string' || f.kind === 'enum') && (f.operators ?? DEFAULT_OPERATORS).includes('eq'))!;
      const condition = tagOn(id, [`${definition.name} eq `, ''], ["it's"]);
      expect(condition.toString()).toBe(`${definition.name} eq 'it''s'`);
    }
    expect(LICENSE_USAGE_SCHEMA.endpoint.id).toBe('license-usage');
  });
});
