import { describe, expectTypeOf, it } from 'vitest';
import type { CheckedQuery, FilterableField, GroupableField } from '@pcaq/core';
import {
  licenseUsageQuery,
  query,
  someOf,
  whereOn,
  type Condition,
  type FilterableFieldOf,
  type GroupableFieldOf,
  type OperatorOf,
  type QueryBuilder,
  type ValueOf,
} from '@pcaq/builder';

// Each refused line stands beside the line that compiles, so the error is the one named.

describe('fields come from the endpoint schema', () => {
  it('where offers only the endpoint filterable fields', () => {
    query('subscriptions').where('creationDate');
    // @ts-expect-error a field of another endpoint (licence usage's channel)
    query('subscriptions').where('channel');
    query().where('channel');
    // @ts-expect-error a subscriptions field on licence usage
    query().where('autoRenewEnabled');
    // @ts-expect-error trialEndDate is returned but not filterable
    query('subscriptions').where('trialEndDate');
    whereOn('subscriptions', 'status');
    // @ts-expect-error a field of another endpoint in whereOn
    whereOn('subscriptions', 'workloadCode');
    // @ts-expect-error an endpoint that does not exist
    query('orders');
  });

  it('groupBy offers only the endpoint groupable fields', () => {
    query('subscriptions').groupBy('subscriptionType', 'creationDate');
    // @ts-expect-error licenseCount is a count, not groupable
    query('subscriptions').groupBy('licenseCount');
    // @ts-expect-error a field of another endpoint
    query('subscriptions').groupBy('workloadCode');
  });

  it('licence usage types are the ones they were', () => {
    expectTypeOf<FilterableFieldOf<'license-usage'>>().toEqualTypeOf<FilterableField>();
    expectTypeOf<GroupableFieldOf<'license-usage'>>().toEqualTypeOf<GroupableField>();
    expectTypeOf(query()).toEqualTypeOf<QueryBuilder>();
    expectTypeOf(licenseUsageQuery()).toEqualTypeOf<QueryBuilder<'license-usage'>>();
  });
});

describe('operators come from the field', () => {
  it('a date field takes the six comparisons', () => {
    expectTypeOf<OperatorOf<'subscriptions', 'creationDate'>>().toEqualTypeOf<'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'>();
    query('subscriptions').where('creationDate').gt(new Date());
    // @ts-expect-error contains is not a date operator
    query('subscriptions').where('creationDate').contains('2018');
  });

  it('an equality field takes no ordering comparison', () => {
    query('subscriptions').where('customerMarket').eq('US');
    // @ts-expect-error gt on a text field that takes eq and ne
    query('subscriptions').where('customerMarket').gt('US');
    // @ts-expect-error le on a licence field
    query().where('channel').le('Reseller');
  });

  it('a contains-only field takes contains and nothing else', () => {
    query('subscriptions').where('customerName').contains('Contoso');
    // @ts-expect-error eq on a contains-only field
    query('subscriptions').where('customerName').eq('Contoso');
    // @ts-expect-error anyOf needs eq
    query('subscriptions').where('customerName').anyOf(['Contoso']);
    query('subscriptions').where('productName').contains('Office').where('productName').eq('Office 365');
  });
});

describe('values come from the field kind', () => {
  it('a date field takes a Date or ISO text', () => {
    expectTypeOf<ValueOf<'subscriptions', 'creationDate'>>().toMatchTypeOf<Date | string>();
    query('subscriptions').where('creationDate').ge('2018-01-01');
    query('subscriptions').where('creationDate').ge('2018-01-01T10:30:00Z');
    // @ts-expect-error text that is not an ISO date
    query('subscriptions').where('creationDate').ge('yesterday');
    // @ts-expect-error a number (epoch milliseconds) is not a date here
    query('subscriptions').where('creationDate').ge(1514764800000);
  });

  it('a boolean field takes a boolean, not its text', () => {
    query('subscriptions').where('autoRenewEnabled').eq(true);
    // @ts-expect-error 'true' on a boolean
    query('subscriptions').where('autoRenewEnabled').eq('true');
    query('subscriptions').where('autoRenewEnabled').noneOf([false]);
    // @ts-expect-error text in a boolean list
    query('subscriptions').where('autoRenewEnabled').noneOf(['false']);
  });

  it('an enum field offers its values and takes other text, not other types', () => {
    expectTypeOf<'ACTIVE'>().toMatchTypeOf<ValueOf<'subscriptions', 'status'>>();
    query('subscriptions').where('status').eq('ACTIVE');
    query('subscriptions').where('status').eq('PAUSED');
    // @ts-expect-error a boolean on an enum
    query('subscriptions').where('status').eq(true);
  });

  it('a text field takes text only', () => {
    query('subscriptions').where('productName').contains('Office');
    // @ts-expect-error a number in contains
    query('subscriptions').where('productName').contains(365);
    // @ts-expect-error a Date on a GUID field
    query('subscriptions').where('customerTenantId').eq(new Date());
  });
});

describe('parameters come from the endpoint', () => {
  it('processedDateTime compiles only where the endpoint takes it', () => {
    query().processedDateTime('2018-10-14');
    // @ts-expect-error subscriptions takes no processedDateTime
    query('subscriptions').processedDateTime('2018-10-14');
  });
});

describe('what comes out', () => {
  it('every step keeps the endpoint', () => {
    const built = query('subscriptions').where('autoRenewEnabled').eq(true).groupBy('subscriptionType').top(10).nextPage();
    expectTypeOf(built).toEqualTypeOf<QueryBuilder<'subscriptions'>>();
    expectTypeOf(built.endpoint).toEqualTypeOf<'subscriptions'>();
    expectTypeOf(built.toChecked()).toEqualTypeOf<CheckedQuery>();
    // @ts-expect-error a subscriptions builder is not a licence one
    const licence: QueryBuilder = built;
    void licence;
  });

  it('whereOn gives conditions that combine', () => {
    const either = someOf(whereOn('subscriptions', 'status').eq('ACTIVE'), whereOn('subscriptions', 'autoRenewEnabled').eq(true));
    expectTypeOf(either).toEqualTypeOf<Condition>();
    expectTypeOf(query('subscriptions').filter(either)).toEqualTypeOf<QueryBuilder<'subscriptions'>>();
  });
});
