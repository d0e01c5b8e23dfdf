import { thrown } from '@pcaq/testing';
import { describe, expect, it } from 'vitest';
import { LIMITS, type Query } from '@pcaq/core';
import { lintQuery } from '@pcaq/linter';
import { decodeQuery, encodeQuery } from '@pcaq/printer';
import { QueryBuildError, anyOf, filter, licenseUsageQuery, where, type QueryBuilder } from '@pcaq/builder';

const GUID = '0112A436-B14E-4888-967B-CA4BB2CF1234';

describe('output', () => {
  const query = licenseUsageQuery()
    .filter(where('workloadCode').eq('SFB').or(where('channel').eq('Reseller')))
    .groupBy('workloadCode', 'channel')
    .top(100)
    .skip(200)
    .processedDateTime('2018-10-14');

  it('toString is the canonical filter', () => {
    expect(query.toString()).toBe("workloadCode eq 'SFB' or channel eq 'Reseller'");
    expect(licenseUsageQuery().top(5).toString()).toBe('');
  });

  it('toQuery has the filter as a tree and groupby as names, for evaluate', () => {
    const q = query.toQuery();
    expect(q.filter).toMatchObject({ type: 'Logical', operator: 'or' });
    expect(q).toMatchObject({ groupby: ['workloadCode', 'channel'], top: 100, skip: 200, processedDateTime: '2018-10-14' });
    expect(Object.isFrozen(q)).toBe(true);
    expect(lintQuery(q)).toEqual([]);
  });

  it('toQuery leaves out what was not set', () => {
    expect(licenseUsageQuery().toQuery()).toEqual({});
    expect(Object.keys(licenseUsageQuery().top(7).toQuery())).toEqual(['top']);
  });

  it('toUrl and toQueryString encode byte for byte as the printer does', () => {
    const tenant = licenseUsageQuery().filter(where('customerTenantId').eq(GUID));
    expect(tenant.toQueryString()).toBe(`filter=customerTenantId%20eq%20%27${GUID}%27`);
    expect(tenant.toUrl()).toBe(`/v1/analytics/commercial/usage/license/?filter=customerTenantId%20eq%20%27${GUID}%27`);
    expect(query.toUrl('https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license')).toBe(
      'https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license' +
        '?filter=workloadCode%20eq%20%27SFB%27%20or%20channel%20eq%20%27Reseller%27&groupby=workloadCode%2Cchannel&top=100&skip=200&processedDateTime=2018-10-14',
    );
  });

  it('the URL decodes back to the same query', () => {
    const { query: decoded, diagnostics } = decodeQuery(query.toUrl());
    expect(diagnostics).toEqual([]);
    expect(decoded).toMatchObject({ filter: query.toString(), groupby: 'workloadCode,channel', top: 100, skip: 200 });
  });

  it('a second filter call joins with and', () => {
    const q = licenseUsageQuery().filter(where('channel').eq('R')).filter(anyOf('workloadCode', ['SFB', 'EXO']));
    expect(q.toString()).toBe("channel eq 'R' and (workloadCode eq 'SFB' or workloadCode eq 'EXO')");
  });

  it('groupBy calls append', () => {
    expect(licenseUsageQuery().groupBy('channel').groupBy('workloadCode').toQuery().groupby).toEqual(['channel', 'workloadCode']);
  });

  it('a Date becomes ISO 8601 text', () => {
    expect(licenseUsageQuery().processedDateTime(new Date(Date.UTC(2018, 9, 14))).toQuery().processedDateTime).toBe('2018-10-14T00:00:00.000Z');
  });

  it('nextPage advances skip by top, or by 10000 when top is unset', () => {
    expect(licenseUsageQuery().top(50).nextPage().nextPage().toQuery()).toEqual({ top: 50, skip: 100 });
    expect(licenseUsageQuery().skip(3).nextPage().toQuery()).toEqual({ skip: 3 + LIMITS.maxTop });
  });
});

describe('run-time checks use the linter’s codes', () => {
  const cases: readonly [string, QueryBuilder, string, string][] = [
    ['top 0', licenseUsageQuery().top(0), 'top', 'PCAQ0401'],
    ['top 10001', licenseUsageQuery().top(10_001), 'top', 'PCAQ0401'],
    ['top 2.5', licenseUsageQuery().top(2.5), 'top', 'PCAQ0401'],
    ['top NaN', licenseUsageQuery().top(Number.NaN), 'top', 'PCAQ0401'],
    ['skip -1', licenseUsageQuery().skip(-1), 'skip', 'PCAQ0402'],
    ['skip Infinity', licenseUsageQuery().skip(Number.POSITIVE_INFINITY), 'skip', 'PCAQ0402'],
    ['a date that does not exist', licenseUsageQuery().processedDateTime('2018-02-30'), 'processedDateTime', 'PCAQ0403'],
    ['an invalid Date', licenseUsageQuery().processedDateTime(new Date(Number.NaN)), 'processedDateTime', 'PCAQ0403'],
    ['a GUID field with a bad GUID', licenseUsageQuery().filter(where('customerTenantId').eq("x' or '1' eq '1")), 'filter', 'PCAQ0204'],
    ['anyOf an empty list', licenseUsageQuery().filter(anyOf('customerTenantId', [])), 'filter', 'PCAQ0101'],
    ['a field that cannot be grouped by', licenseUsageQuery().groupBy('licensesActive' as 'channel'), 'groupby', 'PCAQ0203'],
    ['an empty group-by list', licenseUsageQuery().groupBy(...([] as unknown as ['channel'])), 'groupby', 'PCAQ0301'],
    ['a template with a syntax error', licenseUsageQuery().filter(filter`channel eq ${'x'} or`), 'filter', 'PCAQ0112'],
  ];
  it.each(cases)('%s', (_, builder, source, code) => {
    expect(builder.check().map((d) => [d.source, d.code, d.severity])).toEqual([[source, code, 'error']]);
    expect(builder.build().query).toBeUndefined();
    const error = thrown(() => builder.toQuery());
    expect(error).toBeInstanceOf(QueryBuildError);
    expect((error as QueryBuildError).diagnostics.map((d) => d.code)).toEqual([code]);
    expect(thrown(() => builder.toUrl())).toBeInstanceOf(QueryBuildError);
    expect(thrown(() => builder.toQueryString())).toBeInstanceOf(QueryBuildError);
  });

  it('the diagnostics equal what lintQuery reports for the same query', () => {
    const builder = licenseUsageQuery().filter(where('channel').eq('x')).top(0).skip(-2).processedDateTime('yesterday');
    const query: Query = { filter: "channel eq 'x'", top: 0, skip: -2, processedDateTime: 'yesterday' };
    expect(builder.check()).toEqual(lintQuery(query));
  });

  it('toString throws only for the filter, not for top', () => {
    expect(licenseUsageQuery().filter(where('channel').eq('x')).top(0).toString()).toBe("channel eq 'x'");
    expect(thrown(() => licenseUsageQuery().filter(anyOf('channel', [])).toString())).toBeInstanceOf(QueryBuildError);
  });

  it('a query string past 2,048 characters is a PCAQ0408 warning: it still builds', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`);
    const builder = licenseUsageQuery().filter(anyOf('customerTenantId', ids));
    const length = encodeQuery({ filter: builder.toString() }).length;
    expect(length).toBeGreaterThan(LIMITS.maxQueryStringLength);
    expect(builder.check().map((d) => [d.source, d.code, d.severity])).toEqual([['url', 'PCAQ0408', 'warning']]);
    expect(builder.toQuery().filter).toBeDefined();
    expect(builder.check({ maxQueryStringLength: length })).toEqual([]);
  });

  it('a filter past the 32,768-character limit is refused (PCAQ0115)', () => {
    const ids = Array.from({ length: 700 }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`);
    const codes = licenseUsageQuery().filter(anyOf('customerTenantId', ids)).check().map((d) => d.code);
    expect(codes).toContain('PCAQ0115');
  });

  it('conditions nested deeper than 64 parentheses are refused (PCAQ0114)', () => {
    let condition = where('channel').eq('0');
    for (let i = 1; i <= 70; i++) condition = where('channel').eq(String(i)).and(condition.or(where('workloadCode').eq(String(i))));
    expect(licenseUsageQuery().filter(condition).check().map((d) => d.code)).toContain('PCAQ0114');
  });
});

describe('immutability', () => {
  it('every method returns a new, frozen builder and leaves the old one as it was', () => {
    const base = licenseUsageQuery().filter(where('channel').eq('Reseller'));
    const steps: ((b: QueryBuilder) => QueryBuilder)[] = [
      (b) => b.filter(where('workloadCode').eq('SFB')),
      (b) => b.groupBy('workloadCode'),
      (b) => b.top(5),
      (b) => b.skip(5),
      (b) => b.processedDateTime('2018-10-14'),
      (b) => b.nextPage(),
    ];
    const before = JSON.stringify(base.toQuery());
    for (const step of steps) {
      const next = step(base);
      expect(next).not.toBe(base);
      expect(Object.isFrozen(next)).toBe(true);
      expect(JSON.stringify(next.toQuery())).not.toBe(before);
    }
    expect(JSON.stringify(base.toQuery())).toBe(before);
  });

  it('two branches from one base never see each other’s changes', () => {
    const base = licenseUsageQuery().filter(where('channel').eq('Reseller')).groupBy('customerTenantId');
    const sfb = base.filter(where('workloadCode').eq('SFB')).groupBy('workloadCode').top(10);
    const exo = base.filter(where('workloadCode').eq('EXO')).groupBy('productId').skip(20);
    expect(sfb.toQuery()).toMatchObject({ groupby: ['customerTenantId', 'workloadCode'], top: 10 });
    expect(exo.toQuery()).toMatchObject({ groupby: ['customerTenantId', 'productId'], skip: 20 });
    expect(sfb.toString()).toBe("channel eq 'Reseller' and workloadCode eq 'SFB'");
    expect(exo.toString()).toBe("channel eq 'Reseller' and workloadCode eq 'EXO'");
    expect(base.toQuery()).toEqual({ filter: base.toQuery().filter, groupby: ['customerTenantId'] });
    expect(sfb.toQuery()).not.toHaveProperty('skip');
    expect(exo.toQuery()).not.toHaveProperty('top');
  });

  it('the group-by list of a built query cannot be changed', () => {
    const groupby = licenseUsageQuery().groupBy('channel').toQuery().groupby as string[];
    expect(() => groupby.push('workloadCode')).toThrow(TypeError);
  });
});

describe('names from JavaScript callers that hold syntax', () => {
  it("groupBy('channel,customerTenantId') is one name that is not a field name, never two fields", () => {
    const query = licenseUsageQuery().groupBy('channel,customerTenantId' as never);
    expect(query.check().map((d) => [d.source, d.code])).toEqual([['groupby', 'PCAQ0205']]);
    expect(thrown(() => query.toUrl())).toBeInstanceOf(QueryBuildError);
  });

  it("where(\"channel eq 'a' or channel\") holds PCAQ0205 and no tree", () => {
    const condition = where("channel eq 'a' or channel" as never).eq('x');
    expect(condition.diagnostics.map((d) => d.code)).toEqual(['PCAQ0205']);
    expect(condition.node).toBeUndefined();
    expect(thrown(() => licenseUsageQuery().filter(condition).toUrl())).toBeInstanceOf(QueryBuildError);
  });
});
