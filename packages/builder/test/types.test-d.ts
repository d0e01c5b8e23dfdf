import { describe, expectTypeOf, it } from 'vitest';
import type { FilterNode, FilterableField, GroupableField, Query } from '@pcaq/core';
import {
  allOf,
  anyOf,
  filter,
  fromFilter,
  licenseUsageQuery,
  noneOf,
  someOf,
  where,
  type BuildResult,
  type Condition,
  type FieldRef,
  type QueryBuilder,
} from '@pcaq/builder';

describe('fields come from the schema', () => {
  it('accepts every filterable field and nothing else', () => {
    expectTypeOf(where).parameter(0).toEqualTypeOf<FilterableField>();
    expectTypeOf(where('customerTenantId')).toEqualTypeOf<FieldRef>();
    // @ts-expect-error an unknown field
    where('workload');
    // @ts-expect-error field names are case-sensitive
    where('WorkloadCode');
    // @ts-expect-error a count is returned in rows but cannot be filtered on
    where('licensesActive');
    // @ts-expect-error nor can the processed date
    anyOf('processedDateTime', ['2018-10-14']);
    // @ts-expect-error an unknown field in noneOf
    noneOf('tenant', ['x']);
  });

  it('groupBy accepts groupable fields only, at least one', () => {
    expectTypeOf<Parameters<QueryBuilder['groupBy']>[number]>().toEqualTypeOf<GroupableField>();
    licenseUsageQuery().groupBy('customerTenantId', 'workloadCode');
    // @ts-expect-error not groupable
    licenseUsageQuery().groupBy('licensesQualified');
    // @ts-expect-error unknown
    licenseUsageQuery().groupBy('channel', 'tenant');
    // @ts-expect-error an empty list
    licenseUsageQuery().groupBy();
  });
});

describe('values are strings, counts are numbers', () => {
  it('refuses a number where a string belongs', () => {
    // @ts-expect-error a number
    where('workloadCode').eq(5);
    // @ts-expect-error a boolean
    where('channel').ne(true);
    // @ts-expect-error numbers in a value list
    anyOf('customerTenantId', [1, 2]);
    const name = 'Contoso' as string;
    filter`customerName eq ${name}`;
    // @ts-expect-error a number interpolated into a filter
    filter`customerName eq ${5}`;
    // @ts-expect-error an object interpolated into a filter
    filter`customerName eq ${{ name }}`;
  });

  it('refuses a string where a count belongs', () => {
    // @ts-expect-error top is a number
    licenseUsageQuery().top('100');
    // @ts-expect-error skip is a number
    licenseUsageQuery().skip('0');
    licenseUsageQuery().processedDateTime(new Date());
    // @ts-expect-error processedDateTime is a string or a Date
    licenseUsageQuery().processedDateTime(20181014);
  });

  it('accepts readonly value lists', () => {
    const ids = ['a', 'b'] as const;
    expectTypeOf(anyOf('customerTenantId', ids)).toEqualTypeOf<Condition>();
  });
});

describe('what comes out', () => {
  it('conditions combine with conditions and trees', () => {
    const tree = {} as FilterNode;
    expectTypeOf(allOf(where('channel').eq('x'), tree)).toEqualTypeOf<Condition>();
    expectTypeOf(someOf(tree).or(fromFilter('x'), tree).and(filter`channel eq ${'x'}`)).toEqualTypeOf<Condition>();
    expectTypeOf(where('channel').eq('x').node).toEqualTypeOf<FilterNode | undefined>();
    // @ts-expect-error a string is not a condition: use filter`...` or fromFilter for text
    licenseUsageQuery().filter("channel eq 'x'");
  });

  it('a builder gives a Query for evaluate, and text', () => {
    const builder = licenseUsageQuery().filter(where('channel').eq('x')).groupBy('channel').top(1).skip(0).nextPage();
    expectTypeOf(builder).toEqualTypeOf<QueryBuilder>();
    expectTypeOf(builder.toQuery()).toEqualTypeOf<Query>();
    expectTypeOf(builder.build()).toEqualTypeOf<BuildResult>();
    expectTypeOf(builder.toString()).toBeString();
    expectTypeOf(builder.toUrl()).toBeString();
    expectTypeOf(builder.toQueryString()).toBeString();
  });

  it('builders and conditions are read-only', () => {
    const condition = where('channel').eq('x');
    // @ts-expect-error node is read-only
    condition.node = undefined;
    // @ts-expect-error name is read-only
    where('channel').name = 'workloadCode';
  });
});
