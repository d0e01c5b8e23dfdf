import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { applyFixes, type Diagnostic, type Span } from '@pcaq/core';
import { marked } from '@pcaq/testing';
import { parseFilter, parseGroupBy } from '@pcaq/linter';

const GUID = '0112A436-B14E-4888-967B-CA4BB2CF1234';
const codes = (text: string): string[] => parseFilter(text).diagnostics.map((d) => d.code);
const spanOf = (text: string, code: string): Span | undefined => parseFilter(text).diagnostics.find((x) => x.code === code)?.span;

describe('a syntax error without a fix hides no schema error', () => {
  it('reports an unknown field before a comparison that lacks its and/or', () => {
    const { text, spans } = marked("[[WorkloadCode]] EQ 'SFB' channel eq 'x'");
    expect(codes(text)).toEqual(['PCAQ0201', 'PCAQ0105', 'PCAQ0112']);
    expect(spanOf(text, 'PCAQ0201')).toEqual(spans[0]);
  });

  it('reports an unknown field after an unsupported operator', () => {
    const text = "channel has 'a' and Channel eq 'b'";
    expect(codes(text)).toEqual(['PCAQ0107', 'PCAQ0201']);
    expect(applyFixes(text, parseFilter(text).diagnostics)).toBe("channel has 'a' and channel eq 'b'");
  });

  it('reports an operator the field does not take in a filter that does not parse, at the operator', () => {
    // Licence usage takes eq and ne only: gt, and '<' once fixed to lt, are PCAQ0206 in the same pass.
    const text = "channel gt 'a' and workloadCode < 'b' or";
    expect(parseFilter(text).diagnostics.map((d) => [d.code, text.slice(d.span.start, d.span.end)])).toEqual([
      ['PCAQ0206', 'gt'],
      ['PCAQ0106', '<'],
      ['PCAQ0206', '<'],
      ['PCAQ0112', ''],
    ]);
  });

  it('checks GUID values of complete comparisons in a filter that does not parse', () => {
    const text = `customerTenantId eq 'abc' and productId eq '${GUID}' or`;
    expect(codes(text)).toEqual(['PCAQ0204', 'PCAQ0112']);
  });

  it('does not take a word in the value slot for a field', () => {
    // `b` is the bare value of `a eq b`; `eq 'x'` dangles. Only `a` is a field.
    const unknown = parseFilter("a eq b eq 'x'").diagnostics.filter((d) => d.code === 'PCAQ0201');
    expect(unknown.map((d) => d.span)).toEqual([{ start: 0, end: 1 }]);
  });

  it('checks nothing past the length limit', () => {
    expect(codes(`Channel eq 'x' ${'y'.repeat(40_000)}`)).toEqual(['PCAQ0115']);
  });
});

describe('a fix uncovers no error', () => {
  it('reports that a value is not a GUID together with the field name fix that makes it a GUID field', () => {
    const text = "productid eq ''";
    expect(codes(text)).toEqual(['PCAQ0201', 'PCAQ0204']);
    const fixed = applyFixes(text, parseFilter(text).diagnostics);
    expect(fixed).toBe("productId eq ''");
    expect(codes(fixed)).toEqual(['PCAQ0204']);
  });

  it('reports the quoted value of a bare word as not a GUID while another error stops parsing', () => {
    const text = 'customerTenantId eq abc and';
    expect(codes(text)).toEqual(['PCAQ0109', 'PCAQ0204', 'PCAQ0112']);
  });

  it('checks a near miss by spelling against nothing: it is a suggestion, so no fix names a field', () => {
    const [d] = parseFilter("productld eq ''").diagnostics;
    expect(d?.code).toBe('PCAQ0201');
    expect(d?.fixes).toBeUndefined();
    expect(d?.suggestions?.map((s) => s.edits[0]?.text)).toEqual(['productId']);
  });
});

/** Filters as people mistype them: fields in the wrong case, bad GUIDs, symbols, missing words. */
const sloppyFilter = fc
  .array(
    fc.tuple(
      fc.constantFrom('channel', 'Channel', 'CHANNEL', 'productid', 'productId', 'CustomerTenantId', 'customerTenantId', 'workloadCode', 'foo', 'chanel'),
      fc.constantFrom('eq', 'EQ', '==', 'ne', '!=', 'gt', 'eq', ''),
      fc.constantFrom("'x'", "''", `'${GUID}'`, `'{${GUID}}'`, '"x"', 'x', '5', GUID, "'", ''),
      fc.constantFrom(' and ', ' or ', ' AND ', ' && ', ' ', ' and (', ') or ', ' not ', ''),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.map(([f, op, v, join]) => `${f} ${op} ${v}${join}`).join(''));

/**
 * A diagnostic without its place (fixes shift places). Syntax messages quote the token found,
 * which a fix may respell (`&&` -> `and`), so for them the code stands for the diagnostic.
 */
const reading = (d: Diagnostic): string => (d.code.startsWith('PCAQ01') ? d.code : `${d.code} ${d.message}`);

describe('after applying every fix', () => {
  test.prop([sloppyFilter], { numRuns: 500 })('no error appears that was not reported before', (text) => {
    const before = new Set(parseFilter(text).diagnostics.map(reading));
    const fixed = applyFixes(text, parseFilter(text).diagnostics);
    const after = parseFilter(fixed).diagnostics.filter((d) => d.severity === 'error');
    for (const d of after) expect(before, `${JSON.stringify(fixed)} from ${JSON.stringify(text)}`).toContain(reading(d));
  });
});

/** Group-by lists as people mistype them: case slips, run-together names, repeats, stray commas. */
const sloppyGroupBy = fc
  .array(fc.constantFrom('channel', 'Channel', 'channelcustomerTenantId', 'channelchannel', 'licensesActive', 'LicensesActive', 'workloadcode', 'custmerName', '', ' '), { minLength: 1, maxLength: 5 })
  .map((items) => items.join(','));

describe('after applying every group-by fix', () => {
  test.prop([sloppyGroupBy], { numRuns: 300 })('no error appears that was not reported before', (text) => {
    const before = new Set(parseGroupBy(text).diagnostics.map(reading));
    const fixed = applyFixes(text, parseGroupBy(text).diagnostics);
    for (const d of parseGroupBy(fixed).diagnostics.filter((x) => x.severity === 'error')) {
      expect(before, `${JSON.stringify(fixed)} from ${JSON.stringify(text)}`).toContain(reading(d));
    }
  });

  it('never splits a name into the same field twice', () => {
    const [d] = parseGroupBy('channelchannel').diagnostics;
    expect(d?.fixes).toBeUndefined();
  });
});
