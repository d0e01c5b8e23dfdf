import { describe, expect, it } from 'vitest';
import { applyFixes, field } from '@pcaq/core';
import { checkGroupBy } from '@pcaq/checker';
import { groupFields } from './helpers.js';

describe('checkGroupBy: codes and spans', () => {
  const cases: { text: string; codes: [string, number, number][]; fixed?: string }[] = [
    { text: 'channelcustomerTenantId', codes: [['PCAQ0201', 0, 23]], fixed: 'channel,customerTenantId' },
    { text: 'workloadCode,channelcustomerTenantId', codes: [['PCAQ0201', 13, 36]], fixed: 'workloadCode,channel,customerTenantId' },
    { text: 'WorkloadCode', codes: [['PCAQ0201', 0, 12]], fixed: 'workloadCode' },
    { text: 'channel,custmerName', codes: [['PCAQ0201', 8, 19]], fixed: 'channel,custmerName' },
    { text: 'foo', codes: [['PCAQ0201', 0, 3]] },
    { text: 'licensesActive', codes: [['PCAQ0203', 0, 14]] },
    { text: 'channel,licensesQualified', codes: [['PCAQ0203', 8, 25]] },
    { text: 'channel,channel', codes: [['PCAQ0303', 8, 15]], fixed: 'channel' },
    { text: 'channel , workloadCode ,channel ', codes: [['PCAQ0303', 24, 31]], fixed: 'channel , workloadCode ' },
    { text: 'a,a,a', codes: [['PCAQ0201', 0, 1], ['PCAQ0201', 2, 3], ['PCAQ0303', 2, 3], ['PCAQ0201', 4, 5], ['PCAQ0303', 4, 5]] },
    { text: 'channel,channel,channel', codes: [['PCAQ0303', 8, 15], ['PCAQ0303', 16, 23]], fixed: 'channel' },
  ];
  it.each(cases)('$text', ({ text, codes, fixed }) => {
    const diagnostics = checkGroupBy(groupFields(text), text);
    expect(diagnostics.map((d) => [d.code, d.span.start, d.span.end])).toEqual(codes);
    if (fixed !== undefined) expect(applyFixes(text, diagnostics)).toBe(fixed);
  });

  it('accepts every groupable field once', () => {
    const text = 'workloadCode,workloadName,serviceCode,serviceName,channel,customerTenantId,customerName,productId,productName';
    expect(checkGroupBy(groupFields(text), text)).toEqual([]);
  });

  it('warns about duplicates with severity warning', () => {
    const [d] = checkGroupBy(groupFields('channel,channel'), 'channel,channel');
    expect(d?.severity).toBe('warning');
    expect(d?.message).toBe("'channel' is already in the group-by list.");
  });

  it('explains run-together names', () => {
    const [d] = checkGroupBy(groupFields('channelcustomerTenantId'), 'channelcustomerTenantId');
    expect(d?.message).toBe("Unknown field 'channelcustomerTenantId'. Did you mean 'channel,customerTenantId'?");
  });

  it('reports on built fields without fixes, and reports junk as not a field name', () => {
    const diagnostics = checkGroupBy([field('channel'), field('channel'), null as never, field('Channel')], '');
    expect(diagnostics.map((d) => [d.code, d.fixes])).toEqual([
      ['PCAQ0201', undefined],
      ['PCAQ0205', undefined],
      ['PCAQ0303', undefined],
    ]);
    expect(checkGroupBy('nonsense' as never, '')).toEqual([]);
  });
});
