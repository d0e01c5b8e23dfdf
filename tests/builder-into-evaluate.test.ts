import { describe, expect, it } from 'vitest';
import { anyOf, licenseUsageQuery, where, type QueryBuilder } from '@pcaq/builder';
import { evaluate, type Row } from '@pcaq/evaluator';
import { evaluate as evaluateText } from 'pcaq';

// The builder's queries into the evaluator: a test of two packages together, so it lives here
// (packages/builder depends on neither the evaluator nor its rows). The built query reaches the
// evaluator as a checked query (toChecked); its text goes through the umbrella's "check, then
// evaluate" (docs/architecture.md, "The checked query").
const GUID = '0112A436-B14E-4888-967B-CA4BB2CF1234';

describe('into evaluate', () => {
  const row = (workloadCode: string, channel: string, customerTenantId: string, licensesActive: number): Row => ({
    processedDateTime: '2018-10-14T00:00:00',
    workloadCode,
    channel,
    customerTenantId,
    licensesActive,
    licensesQualified: licensesActive,
  });
  const rows: Row[] = [
    row('SFB', 'reseller', GUID, 1),
    row('EXO', 'Reseller', GUID, 2),
    row('SFB', 'Direct', GUID, 4),
    row('SPO', 'Reseller', GUID.toLowerCase(), 8),
  ];

  it('a built query evaluates as its text does', () => {
    const builder = licenseUsageQuery().filter(where('channel').eq('Reseller').and(anyOf('workloadCode', ['SFB', 'SPO']))).groupBy('channel');
    const fromBuilder = evaluate(rows, builder.toChecked());
    const fromText = evaluateText(rows, { filter: builder.toString(), groupby: 'channel' });
    expect(fromBuilder).toEqual(fromText);
    expect(fromBuilder.ok && fromBuilder.value).toEqual([expect.objectContaining({ channel: 'reseller', licensesActive: 9 })]);
  });

  it('paging with nextPage visits every row once', () => {
    let page: QueryBuilder = licenseUsageQuery().top(3);
    const seen: Row[] = [];
    for (;;) {
      const outcome = evaluate(rows, page.toChecked());
      if (!outcome.ok) throw new Error('query refused');
      seen.push(...outcome.value);
      if (outcome.nextLink === null) break;
      page = page.nextPage();
    }
    expect(seen).toEqual(rows);
  });
});
