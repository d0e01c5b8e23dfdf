import { describe, expectTypeOf, it } from 'vitest';
import {
  filterOn,
  query,
  someOf,
  whereOn,
  type Condition,
  type ConditionLike,
  type FilterTag,
  type QueryBuilder,
  type TemplateValueOf,
} from '@pcaq/builder';

// Each refused line stands beside the line that compiles, so the error is the one named.

describe('filterOn takes an endpoint id', () => {
  it('only the ids of ENDPOINT_SCHEMAS compile', () => {
    filterOn('subscriptions');
    filterOn('license-usage');
    // @ts-expect-error an endpoint that does not exist
    filterOn('orders');
    // @ts-expect-error ids are written as the schemas write them
    filterOn('Subscriptions');
    // @ts-expect-error an id is required (licence usage has `filter`)
    filterOn();
  });

  it("gives the endpoint's tag, whose conditions are the builder's Condition", () => {
    expectTypeOf(filterOn('subscriptions')).toEqualTypeOf<FilterTag<'subscriptions'>>();
    expectTypeOf(filterOn('subscriptions')`autoRenewEnabled eq ${true}`).toEqualTypeOf<Condition>();
    // Conditions are not typed by endpoint, as whereOn's are not: a query checks them against its
    // endpoint when it is built (docs/builder.md, "The template tag on any endpoint").
    expectTypeOf(filterOn('subscriptions')`status eq ${'ACTIVE'}`).toEqualTypeOf(whereOn('subscriptions', 'status').eq('ACTIVE'));
    expectTypeOf<Parameters<QueryBuilder<'subscriptions'>['filter']>[0]>().toEqualTypeOf<ConditionLike>();
  });
});

describe("interpolations are the endpoint's value kinds", () => {
  it('subscriptions: text, booleans and dates', () => {
    expectTypeOf<TemplateValueOf<'subscriptions'>>().toEqualTypeOf<string | boolean | Date>();
    const since = new Date('2018-01-01T00:00:00Z');
    filterOn('subscriptions')`creationDate ge ${since} and autoRenewEnabled eq ${true} and contains(productName,${'Office'})`;
    // @ts-expect-error a number is no literal of the language
    filterOn('subscriptions')`status eq ${5}`;
    // @ts-expect-error null is no value
    filterOn('subscriptions')`status eq ${null}`;
    // @ts-expect-error an object is no value
    filterOn('subscriptions')`status eq ${{ status: 'ACTIVE' }}`;
  });

  it('licence usage and licence deployment: text only', () => {
    expectTypeOf<TemplateValueOf<'license-usage'>>().toEqualTypeOf<string>();
    expectTypeOf<TemplateValueOf<'license-deployment'>>().toEqualTypeOf<string>();
    filterOn('license-usage')`channel eq ${'Reseller'}`;
    // @ts-expect-error licence usage has no boolean field
    filterOn('license-usage')`channel eq ${true}`;
    // @ts-expect-error licence deployment has no date field
    filterOn('license-deployment')`serviceCode eq ${new Date()}`;
  });

  it('referrals take dates but no booleans; search takes both', () => {
    expectTypeOf<TemplateValueOf<'referrals'>>().toEqualTypeOf<string | Date>();
    expectTypeOf<TemplateValueOf<'search'>>().toEqualTypeOf<string | boolean | Date>();
    filterOn('referrals')`createdDate gt ${new Date()}`;
    // @ts-expect-error referrals have no boolean field
    filterOn('referrals')`status eq ${false}`;
    filterOn('search')`detailsViewed eq ${false}`;
  });
});

describe('the condition composes with the builder of its endpoint', () => {
  it('query(id).filter, where, allOf and someOf keep the endpoint', () => {
    const tagged = filterOn('subscriptions')`autoRenewEnabled eq ${true}`;
    const built = query('subscriptions').filter(tagged).where('creationDate').gt(new Date());
    expectTypeOf(built).toEqualTypeOf<QueryBuilder<'subscriptions'>>();
    expectTypeOf(someOf(tagged, whereOn('subscriptions', 'status').eq('ACTIVE'))).toEqualTypeOf<Condition>();
  });
});
