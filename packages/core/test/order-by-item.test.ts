import { describe, expect, it } from 'vitest';
import { NO_SPAN, checkedQuery, endpointSchema, orderByItem } from '@pcaq/core';

describe('orderByItem and the checked query members', () => {
  it('makes frozen sort keys, ascending unless told', () => {
    const key = orderByItem('usageDate');
    expect(key).toEqual({ type: 'OrderByItem', name: 'usageDate', direction: 'asc', span: NO_SPAN });
    expect(Object.isFrozen(key)).toBe(true);
    expect(orderByItem('usageDate', 'desc', { start: 0, end: 14 }).direction).toBe('desc');
  });

  it('refuses what only code can give wrong', () => {
    expect(() => orderByItem(5 as never)).toThrow('is not a string');
    expect(() => orderByItem('a', 'DESC' as never)).toThrow("is not 'asc' or 'desc'");
  });

  it('keeps orderby and aggregationLevel in a checked query, frozen, and leaves them out when absent', () => {
    const schema = endpointSchema('azure-usage');
    const query = checkedQuery({ schema, orderby: [orderByItem('usageDate', 'desc')], aggregationLevel: 'week', source: { orderby: 'usageDate desc' }, top: 5, skip: 0 });
    expect(query.orderby?.map((k) => k.name)).toEqual(['usageDate']);
    expect(Object.isFrozen(query.orderby)).toBe(true);
    expect(query.aggregationLevel).toBe('week');
    expect(query.source?.orderby).toBe('usageDate desc');
    expect(Object.keys(checkedQuery({ schema, top: 5, skip: 0 }))).toEqual(['type', 'schema', 'top', 'skip']);
  });
});
