import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  AZURE_USAGE_SCHEMA,
  bucketStart,
  bucketText,
  checkedQuery,
  groupByField,
  INDIRECT_RESELLERS_SCHEMA,
  LICENSE_DEPLOYMENT_SCHEMA,
  NO_SPAN,
  SUBSCRIPTIONS_SCHEMA,
  type AggregationLevel,
  type CheckedQueryParts,
  type OrderByItemNode,
} from '@pcaq/core';
import { compileQuery, type Row } from '@pcaq/evaluator';

const by = (name: string, direction: 'asc' | 'desc' = 'asc'): OrderByItemNode => ({ type: 'OrderByItem', name, direction, span: NO_SPAN });
const run = (parts: Omit<CheckedQueryParts, 'top' | 'skip'> & { top?: number; skip?: number }, rows: readonly Row[]) => {
  const outcome = compileQuery(checkedQuery({ top: 10000, skip: 0, ...parts })).evaluate(rows);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics));
  return outcome;
};

describe('grouped rows carry the schema aggregates', () => {
  it('counts rows for a rows aggregate, sums a sum aggregate exactly, and omits processedDateTime where rows are not dated', () => {
    const rows: Row[] = [
      { subscriptionType: 'Office', licenseCount: 2 },
      { subscriptionType: 'Azure', licenseCount: '3' },
      { subscriptionType: 'Office', licenseCount: 9007199254740993n },
    ];
    expect(run({ schema: SUBSCRIPTIONS_SCHEMA, groupby: [groupByField('subscriptionType')] }, rows).value).toEqual([
      { subscriptionType: 'Office', licenseCount: 9007199254740995n, subscriptionCount: 2 },
      { subscriptionType: 'Azure', licenseCount: 3, subscriptionCount: 1 },
    ]);
  });
});

describe('snapshot selection by processedDateTime', () => {
  const dated: Row[] = [
    { serviceCode: 'O365', licensesDeployed: 1, licensesSold: 1, processedDateTime: '2018-09-14T00:00:00' },
    { serviceCode: 'O365', licensesDeployed: 2, licensesSold: 2, processedDateTime: '2018-10-14T00:00:00' },
  ];
  it('keeps only the latest processed day on an endpoint that takes processedDateTime', () => {
    expect(run({ schema: LICENSE_DEPLOYMENT_SCHEMA }, dated).value).toEqual([dated[1]]);
  });
  it('keeps every row on an endpoint that does not take processedDateTime, even when rows carry one', () => {
    const rows: Row[] = [
      { id: 'a', processedDateTime: '2018-09-14T00:00:00' },
      { id: 'b', processedDateTime: '2018-10-14T00:00:00' },
    ];
    expect(run({ schema: SUBSCRIPTIONS_SCHEMA }, rows).totalCount).toBe(2);
  });
});

describe('aggregationLevel buckets a grouped date field', () => {
  const rows: Row[] = [
    { usageDate: '2018-05-30T13:00:00', quantity: 1 }, // Wednesday
    { usageDate: '2018-05-28T00:00:00Z', quantity: 2 }, // Monday
    { usageDate: '2018-06-03T23:59:59', quantity: 4 }, // Sunday of the same ISO week
    { usageDate: '2018-06-04T00:00:00', quantity: 8 }, // next Monday
    { usageDate: null, quantity: 16 },
    { usageDate: 'soon', quantity: 32 },
  ];
  it('by ISO week starting Monday, showing the bucket first instant; a missing or unreadable date keeps its own group', () => {
    expect(run({ schema: AZURE_USAGE_SCHEMA, groupby: [groupByField('usageDate')], aggregationLevel: 'week' }, rows).value).toEqual([
      { usageDate: '2018-05-28T00:00:00', quantity: 7 },
      { usageDate: '2018-06-04T00:00:00', quantity: 8 },
      { usageDate: null, quantity: 16 },
      { usageDate: 'soon', quantity: 32 },
    ]);
  });
  it('by month, and by the endpoint default (day) when the query names no level', () => {
    expect(run({ schema: AZURE_USAGE_SCHEMA, groupby: [groupByField('usageDate')], aggregationLevel: 'month' }, rows.slice(0, 4)).value).toEqual([
      { usageDate: '2018-05-01T00:00:00', quantity: 3 },
      { usageDate: '2018-06-01T00:00:00', quantity: 12 },
    ]);
    expect(run({ schema: AZURE_USAGE_SCHEMA, groupby: [groupByField('usageDate')] }, rows.slice(2, 4)).value).toEqual([
      { usageDate: '2018-06-03T00:00:00', quantity: 4 },
      { usageDate: '2018-06-04T00:00:00', quantity: 8 },
    ]);
  });
  it('does not bucket where the endpoint default is no bucket (subscriptions: dateRange) and no level is given', () => {
    const subscriptions: Row[] = [{ creationDate: '2018-05-30T13:00:00' }, { creationDate: '2018-05-30T14:00:00' }];
    expect(run({ schema: SUBSCRIPTIONS_SCHEMA, groupby: [groupByField('creationDate')] }, subscriptions).totalCount).toBe(2);
    expect(run({ schema: SUBSCRIPTIONS_SCHEMA, groupby: [groupByField('creationDate')], aggregationLevel: 'day' }, subscriptions).totalCount).toBe(1);
  });

  test.prop([fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9998, 0, 1) }), fc.constantFrom<AggregationLevel>('day', 'week', 'month')])(
    'a bucket starts at midnight UTC on or before the instant, within its day, week or month, and a Monday for weeks',
    (instant, level) => {
      const start = bucketStart(instant, level);
      const date = new Date(start);
      expect(start).toBeLessThanOrEqual(instant);
      expect(Math.abs(start % 86_400_000)).toBe(0);
      if (level === 'day') expect(instant - start).toBeLessThan(86_400_000);
      if (level === 'week') expect([date.getUTCDay(), instant - start < 7 * 86_400_000]).toEqual([1, true]);
      if (level === 'month') expect([date.getUTCDate(), new Date(instant).getUTCMonth()]).toEqual([1, date.getUTCMonth()]);
      expect(bucketStart(start, level)).toBe(start);
      expect(bucketText(start)).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00$/);
    },
  );
});

describe('orderby sorts the result, then skip and top page it', () => {
  const rows: Row[] = [
    { meterCategory: 'b', usageDate: '2018-01-02', quantity: 1 },
    { meterCategory: null, usageDate: '2018-01-01', quantity: 2 },
    { meterCategory: 'A', usageDate: null, quantity: 3 },
    { meterCategory: 'a', usageDate: '2018-01-01T00:00:00+01:00', quantity: 4 },
  ];
  it('ascending puts nulls first, ignores case as equality does and keeps ties in input order (stable)', () => {
    expect(run({ schema: AZURE_USAGE_SCHEMA, orderby: [by('meterCategory')] }, rows).value.map((r) => r.quantity)).toEqual([2, 3, 4, 1]);
  });
  it('descending is the exact reverse order of keys, nulls last; ties still in input order', () => {
    expect(run({ schema: AZURE_USAGE_SCHEMA, orderby: [by('meterCategory', 'desc')] }, rows).value.map((r) => r.quantity)).toEqual([1, 3, 4, 2]);
  });
  it('compares dates as instants (an offset moves a date earlier)', () => {
    expect(run({ schema: AZURE_USAGE_SCHEMA, orderby: [by('usageDate')] }, rows).value.map((r) => r.quantity)).toEqual([3, 4, 2, 1]);
  });
  it('sorts groups after grouping, then pages the sorted groups', () => {
    const outcome = run({ schema: AZURE_USAGE_SCHEMA, groupby: [groupByField('meterCategory')], orderby: [by('meterCategory', 'desc')], top: 1, skip: 1 }, rows);
    expect([outcome.value, outcome.totalCount]).toEqual([[{ meterCategory: 'A', quantity: 7 }], 3]);
  });

  test.prop([fc.array(fc.record({ meterCategory: fc.option(fc.constantFrom('a', 'A', 'b', 'é', '𝒳', '\uE000'), { nil: null }), quantity: fc.nat(9) }), { maxLength: 30 })])(
    'the sorted result is a stable permutation of the unsorted one, and desc reverses the order of distinct keys',
    (input) => {
      const plain = run({ schema: AZURE_USAGE_SCHEMA }, input).value;
      const asc = run({ schema: AZURE_USAGE_SCHEMA, orderby: [by('meterCategory')] }, input).value;
      const desc = run({ schema: AZURE_USAGE_SCHEMA, orderby: [by('meterCategory', 'desc')] }, input).value;
      expect([...asc].sort((x, y) => input.indexOf(x as never) - input.indexOf(y as never))).toEqual(plain);
      const keys = (result: readonly Row[]) => [...new Set(result.map((r) => (r.meterCategory === null ? null : String(r.meterCategory).toLowerCase())))];
      expect(keys(desc)).toEqual(keys(asc).reverse());
    },
  );
});

describe('a schema "no value" date', () => {
  it('reads as null in rows from code as well as from files', () => {
    const rows: Row[] = [{ name: 'x', firstSubscriptionEndDate: '0001-01-01T00:00:00', subscriptionCount: 1, licenseCount: 1, indirectResellerCount: 1 }];
    expect(run({ schema: INDIRECT_RESELLERS_SCHEMA, groupby: [groupByField('firstSubscriptionEndDate')], aggregationLevel: 'day' }, rows).value[0]?.firstSubscriptionEndDate).toBe(null);
  });
});
