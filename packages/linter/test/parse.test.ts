import { describe, expect, it } from 'vitest';
import { applyFixes, hasErrors } from '@pcaq/core';
import { parseFilter, parseGroupBy } from '@pcaq/linter';

const GUID = '0112A436-B14E-4888-967B-CA4BB2CF1234';

/** `[code, start, end]` of every diagnostic. */
const found = (diagnostics: readonly { code: string; span: { start: number; end: number } }[]) =>
  diagnostics.map((d) => [d.code, d.span.start, d.span.end]);

describe('parseFilter: schema diagnostics through the parser (code and span)', () => {
  const cases: { text: string; expected: [string, number, number][]; fixed?: string }[] = [
    { text: "WorkloadCode eq 'SFB'", expected: [['PCAQ0201', 0, 12]], fixed: "workloadCode eq 'SFB'" },
    { text: "workloadCode eq 'SFB' or (channel eq 'x' and Channel ne 'y')", expected: [['PCAQ0201', 45, 52]], fixed: "workloadCode eq 'SFB' or (channel eq 'x' and channel ne 'y')" },
    { text: "licensesQualified ne '1'", expected: [['PCAQ0202', 0, 17]] },
    { text: `customerTenantId eq '{${GUID}}'`, expected: [['PCAQ0204', 20, 60]], fixed: `customerTenantId eq '${GUID}'` },
    { text: "productId eq 'it''s'", expected: [['PCAQ0204', 13, 20]] },
    { text: "\r\n\tproductId eq 'x'\n", expected: [['PCAQ0204', 16, 19]] },
  ];
  it.each(cases)('$text', ({ text, expected, fixed }) => {
    const { ast, diagnostics } = parseFilter(text);
    expect(found(diagnostics)).toEqual(expected);
    expect(ast).toBeDefined();
    if (fixed !== undefined) {
      expect(applyFixes(text, diagnostics)).toBe(fixed);
      expect(parseFilter(fixed).diagnostics).toEqual([]);
    }
  });

  it('returns the tree with no diagnostics for a valid filter', () => {
    const { ast, diagnostics } = parseFilter("workloadCode eq 'SFB' or (channel eq 'Reseller')");
    expect(diagnostics).toEqual([]);
    expect(ast).toMatchObject({ type: 'Logical', operator: 'or' });
  });

  it('checks the schema across fixable syntax errors, so one round of fixes clears everything', () => {
    const text = 'WorkloadCode EQ "SFB"';
    const { ast, diagnostics } = parseFilter(text);
    expect(ast).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toContain('PCAQ0201');
    const unknown = diagnostics.find((d) => d.code === 'PCAQ0201');
    expect(unknown?.span).toEqual({ start: 0, end: 12 });
    expect(applyFixes(text, diagnostics)).toBe("workloadCode eq 'SFB'");
  });

  it('maps schema diagnostics found after syntax fixes back to the original text', () => {
    const text = "channel == 'x' && productId eq '{" + GUID + "}'";
    const { diagnostics } = parseFilter(text);
    const guid = diagnostics.find((d) => d.code === 'PCAQ0204');
    expect(guid && text.slice(guid.span.start, guid.span.end)).toBe(`'{${GUID}}'`);
    expect(hasErrors(parseFilter(applyFixes(text, diagnostics)).diagnostics)).toBe(false);
  });

  it('never throws on odd input', () => {
    for (const text of [undefined, null, 42, {}, '', ' ', '\u0000', '(((', "'", '\ud800', '😀 eq \'x\'']) {
      expect(() => parseFilter(text as string)).not.toThrow();
    }
  });

  it('uses the schema option', () => {
    const schema = { name: 'mini', fields: [{ name: 'region', kind: 'string', filterable: true, groupable: true }] } as const;
    expect(parseFilter("region eq 'EU'", { schema }).diagnostics).toEqual([]);
    expect(found(parseFilter("channel eq 'x'", { schema }).diagnostics)).toEqual([['PCAQ0201', 0, 7]]);
  });
});

describe('parseGroupBy', () => {
  const cases: { text: string; expected: [string, number, number][]; fixed?: string }[] = [
    { text: 'channelcustomerTenantId', expected: [['PCAQ0201', 0, 23]], fixed: 'channel,customerTenantId' },
    { text: 'customerTenantId, WorkloadCode', expected: [['PCAQ0201', 18, 30]], fixed: 'customerTenantId, workloadCode' },
    { text: 'licensesActive', expected: [['PCAQ0203', 0, 14]] },
    { text: 'channel,channel', expected: [['PCAQ0303', 8, 15]], fixed: 'channel' },
  ];
  it.each(cases)('$text', ({ text, expected, fixed }) => {
    const { diagnostics } = parseGroupBy(text);
    expect(found(diagnostics)).toEqual(expected);
    if (fixed !== undefined) {
      expect(applyFixes(text, diagnostics)).toBe(fixed);
      expect(parseGroupBy(fixed).diagnostics).toEqual([]);
    }
  });

  it('lints an array as its comma-joined text', () => {
    const { fields, diagnostics } = parseGroupBy(['customerTenantId', 'workloadCode']);
    expect(fields.map((f) => f.name)).toEqual(['customerTenantId', 'workloadCode']);
    expect(diagnostics).toEqual([]);
    expect(found(parseGroupBy(['channel', 'Channel']).diagnostics)).toEqual([['PCAQ0201', 8, 15]]);
  });

  it('reports syntax problems from the parser', () => {
    expect(parseGroupBy('').diagnostics.map((d) => d.code)).toEqual(['PCAQ0301']);
    expect(parseGroupBy('channel,,workloadCode').diagnostics.map((d) => d.code)).toEqual(['PCAQ0302']);
    expect(parseGroupBy([]).diagnostics.map((d) => d.code)).toEqual(['PCAQ0301']);
  });
});
