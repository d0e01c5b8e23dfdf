import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { LICENSE_USAGE_SCHEMA, checkedQuery, comparison, endpointSchema, field, groupByField, orderByItem, stringLiteral, type Query } from '@pcaq/core';
import { checkQuery } from '@pcaq/linter';
import { decodeQuery, encodeQuery, nextLink, printOrderBy, requestOf } from '@pcaq/printer';

const PATH = '/v1/analytics/commercial/usage/license/';
const checked = (query: Query) => checkQuery(query).checked!;

describe('nextLink: the one builder of the next page link (docs/evaluation.md, "Paging and nextLink")', () => {
  it('repeats the filter and group-by text verbatim, top as given, with skip advanced', () => {
    const query = checked({ filter: "channel  eq 'Reseller'", groupby: 'channel ,workloadCode', top: '2', skip: 4 });
    expect(nextLink(query, 10)).toBe(`${PATH}?filter=channel%20%20eq%20%27Reseller%27&groupby=channel%20%2CworkloadCode&top=2&skip=6`);
  });

  it('writes no default top and no default processed date, but a given processed date', () => {
    expect(nextLink(checked({ skip: 0 }), 10_001)).toBe(`${PATH}?skip=10000`);
    expect(nextLink(checked({ top: 1, processedDateTime: '2018-10-14' }), 2)).toBe(`${PATH}?top=1&skip=1&processedDateTime=2018-10-14`);
  });

  it('prints parts built in code canonically', () => {
    const built = checkedQuery({
      schema: LICENSE_USAGE_SCHEMA,
      filter: comparison(field('channel'), 'eq', stringLiteral("O'Brien")),
      groupby: [groupByField('channel'), groupByField('workloadCode')],
      top: 1,
      skip: 0,
    });
    expect(nextLink(built, 2, { basePath: '/p' })).toBe('/p?filter=channel%20eq%20%27O%27%27Brien%27&groupby=channel%2CworkloadCode&skip=1');
  });

  it('is null on the last page and with all', () => {
    expect(nextLink(checked({ top: 2 }), 2)).toBeNull();
    expect(nextLink(checked({ top: 2, skip: 5 }), 3)).toBeNull();
    expect(nextLink(checked({ top: 2 }), 10, { all: true })).toBeNull();
  });

  test.prop([fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 2e6 })])(
    'decodes to the same request with skip advanced past the page, whenever rows remain',
    (top, skip, total) => {
      const link = nextLink(checked({ filter: "workloadCode eq 'SFB'", top, skip }), total);
      if (skip + top >= total) expect(link).toBeNull();
      else expect(decodeQuery(link!).query).toEqual({ filter: "workloadCode eq 'SFB'", top, skip: skip + top });
    },
  );
});

describe('requestOf', () => {
  it('is the request as given, with skip only when not 0', () => {
    expect(requestOf(checked({ groupby: ['channel', 'workloadCode'], skip: 0 }))).toEqual({ groupby: 'channel,workloadCode' });
    expect(requestOf(checked({ filter: "channel eq 'x'", skip: 20 }))).toEqual({ filter: "channel eq 'x'", skip: 20 });
  });

  it('keeps orderby as given and aggregationLevel, so the next page sorts and buckets alike', () => {
    const azure = endpointSchema('azure-usage');
    const query = checkQuery({ orderby: 'usageDate  desc', aggregationLevel: 'week', groupby: 'usageDate', top: 2 }, { schema: azure }).checked!;
    expect(nextLink(query, 5, { basePath: '/partner/v1/analytics/usage/azure' })).toBe(
      '/partner/v1/analytics/usage/azure?groupby=usageDate&top=2&skip=2&orderby=usageDate%20%20desc&aggregationLevel=week',
    );
  });

  it('prints sort keys built in code canonically: field, or field desc, joined by commas', () => {
    const query = checkedQuery({ schema: endpointSchema('azure-usage'), orderby: [orderByItem('usageDate', 'desc'), orderByItem('customerName')], aggregationLevel: 'month', top: 10_000, skip: 0 });
    expect(requestOf(query)).toEqual({ orderby: 'usageDate desc,customerName', aggregationLevel: 'month' });
    expect(encodeQuery(requestOf(query))).toBe('orderby=usageDate%20desc%2CcustomerName&aggregationLevel=month');
  });

  it('printOrderBy refuses keys that would not print as what they hold', () => {
    expect(() => printOrderBy([{ type: 'OrderByItem', name: 'a b', direction: 'asc', span: { start: 0, end: 0 } }])).toThrow('is not a sort key');
    expect(() => printOrderBy([{ type: 'OrderByItem', name: 'a', direction: 'down' as never, span: { start: 0, end: 0 } }])).toThrow("is not 'asc' or 'desc'");
    expect(() => printOrderBy('a' as never)).toThrow('is not an array');
  });

  it('refuses what is not a checked query', () => {
    expect(() => requestOf({ filter: "channel eq 'x'" } as never)).toThrow('is not a checked query');
    expect(() => nextLink({ top: 1, skip: 0 } as never, 5)).toThrow('is not a checked query');
  });
});
