import { describe, expect, it } from 'vitest';
import { LICENSE_USAGE_SCHEMA, and, comparison, field, isCheckedQuery, or, stringLiteral } from '@pcaq/core';
import { lintQuery, checkQuery } from '@pcaq/linter';
import { withoutSpans } from '@pcaq/testing';

describe('lintQuery', () => {
  it('sets the source of every diagnostic and keeps parameter order', () => {
    const diagnostics = lintQuery({
      filter: "WorkloadCode eq 'SFB'",
      groupby: 'channel,channel',
      top: 0,
      skip: -1,
      processedDateTime: '2018-02-30',
    });
    expect(diagnostics.map((d) => [d.source, d.code])).toEqual([
      ['filter', 'PCAQ0201'],
      ['groupby', 'PCAQ0303'],
      ['top', 'PCAQ0401'],
      ['skip', 'PCAQ0402'],
      ['processedDateTime', 'PCAQ0403'],
    ]);
  });

  it('lints a filter tree as its printed text, catching what text would catch', () => {
    const ast = or([comparison(field('Channel'), 'eq', stringLiteral('x')), comparison(field('licensesActive'), 'eq', stringLiteral('1'))]);
    const diagnostics = lintQuery({ filter: ast });
    // Printed: "Channel eq 'x' or licensesActive eq '1'"
    expect(diagnostics.map((d) => [d.code, d.span.start, d.span.end])).toEqual([
      ['PCAQ0201', 0, 7],
      ['PCAQ0202', 18, 32],
    ]);
    const badName = comparison(field('work load'), 'eq', stringLiteral('x'));
    expect(lintQuery({ filter: badName }).some((d) => d.severity === 'error')).toBe(true);
  });

  it('lints a malformed tree as text (an error, never a crash)', () => {
    for (const filter of [{}, { type: 'Comparison' }, { type: 'Logical', operator: 'or', operands: [] }, []]) {
      const diagnostics = lintQuery({ filter: filter as never });
      expect(diagnostics.some((d) => d.severity === 'error' && d.source === 'filter')).toBe(true);
    }
  });
});

describe('edges', () => {
  it('handles huge and deeply nested input with diagnostics, not crashes', () => {
    const long = `workloadCode eq '${'x'.repeat(40_000)}'`;
    expect(lintQuery({ filter: long }).map((d) => d.code)).toContain('PCAQ0115');
    const deep = `${'('.repeat(5_000)}channel eq 'x'${')'.repeat(5_000)}`;
    expect(lintQuery({ filter: deep }).map((d) => d.code)).toContain('PCAQ0114');
    const names = Array.from({ length: 3_000 }, (_, i) => `field${i}`);
    expect(lintQuery({ groupby: names }).filter((d) => d.code === 'PCAQ0201')).toHaveLength(3_000);
  });

  it('lints whitespace, CR/LF and tabs around valid text as valid', () => {
    expect(lintQuery({ filter: "\r\n\tworkloadCode eq 'SFB'\r\n", groupby: ' channel , workloadCode\t' })).toEqual([]);
  });
});

describe('checkQuery', () => {
  it('applies defaults and checks text into a tree and group-by nodes with their spans', () => {
    const { checked, diagnostics } = checkQuery({ filter: "channel eq 'Reseller'", groupby: 'customerTenantId, workloadCode' });
    expect(diagnostics).toEqual([]);
    expect(checked).toMatchObject({
      type: 'CheckedQuery',
      schema: LICENSE_USAGE_SCHEMA,
      groupby: [
        { type: 'GroupByField', name: 'customerTenantId', span: { start: 0, end: 16 } },
        { type: 'GroupByField', name: 'workloadCode', span: { start: 18, end: 30 } },
      ],
      top: 10_000,
      skip: 0,
    });
    expect(checked?.filter).toMatchObject({ type: 'Comparison', field: { name: 'channel' }, value: { value: 'Reseller' } });
    expect(isCheckedQuery(checked)).toBe(true);
  });

  it('keeps the filter and group-by text as given, and top only when given, for nextLink', () => {
    expect(checkQuery({ filter: "channel  eq 'x'", groupby: 'channel ,workloadCode', top: '5' }).checked?.source).toEqual({
      filter: "channel  eq 'x'",
      groupby: 'channel ,workloadCode',
      top: 5,
    });
    expect(checkQuery({ skip: 5 }).checked?.source).toBeUndefined();
  });

  it('turns digit strings into numbers and returns a given tree as the frozen tree its printed text parses to', () => {
    const ast = and([comparison(field('channel'), 'eq', stringLiteral('x')), comparison(field('workloadCode'), 'ne', stringLiteral('y'))]);
    const { checked } = checkQuery({ filter: ast, top: '25', skip: '50', groupby: ['channel'] });
    expect(withoutSpans(checked?.filter)).toEqual(withoutSpans(ast));
    expect(checked).toMatchObject({ groupby: [{ name: 'channel' }], top: 25, skip: 50, source: { groupby: 'channel', top: 25 } });
    expect(checked?.source?.filter).toBeUndefined();
    expect(Object.isFrozen(checked?.filter)).toBe(true);
  });

  it('carries the schema it checked against', () => {
    const schema = { ...LICENSE_USAGE_SCHEMA };
    expect(checkQuery({ top: 1 }, { schema }).checked?.schema).toBe(schema);
  });

  it('is undefined when any diagnostic is an error, and checks despite warnings, each group-by field once', () => {
    expect(checkQuery({ top: '1e3' }).checked).toBeUndefined();
    expect(checkQuery({ filter: '' }).checked).toBeUndefined();
    const warned = checkQuery({ groupby: 'channel,channel' });
    expect(warned.diagnostics.map((d) => d.code)).toEqual(['PCAQ0303']);
    expect(warned.checked?.groupby).toEqual([{ type: 'GroupByField', name: 'channel', span: { start: 0, end: 7 } }]);
  });
});
