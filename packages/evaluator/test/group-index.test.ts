import { describe, expect, it } from 'vitest';
import { LICENSE_USAGE_SCHEMA } from '@pcaq/core';
import { GroupIndex } from '../src/group-index.js';

// A group keeps the values it shows, not its first row (docs/performance.md, "CSV"): a row read
// from a file may hold views into the chunk it was cut from, and a group lives to the end.
describe('the group index', () => {
  it('shows the values the first row had when it was added, and keeps no hold on the row', () => {
    const index = new GroupIndex(['workloadCode', 'channel'], LICENSE_USAGE_SCHEMA, false);
    const first: Record<string, string | number> = { workloadCode: 'SFB', channel: 'Reseller', customerName: 'A', processedDateTime: '2024-01-01', licensesActive: 1, licensesQualified: 2 };
    index.add(first);
    first.workloadCode = 'changed';
    first.processedDateTime = 'changed';
    index.add({ workloadCode: 'sfb', channel: 'RESELLER', processedDateTime: '2024-01-01', licensesActive: 3, licensesQualified: 4 });
    expect(index.rows()).toEqual([{ workloadCode: 'SFB', channel: 'Reseller', licensesActive: 4, licensesQualified: 6, processedDateTime: '2024-01-01' }]);
  });

  it('shows null for a group field or date the first row lacks', () => {
    const index = new GroupIndex(['channel'], LICENSE_USAGE_SCHEMA, false);
    index.add({ licensesActive: 1, licensesQualified: 1 });
    expect(index.rows()).toEqual([{ channel: null, licensesActive: 1, licensesQualified: 1, processedDateTime: null }]);
  });
});
