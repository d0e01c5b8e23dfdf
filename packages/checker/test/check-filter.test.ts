import { describe, expect, it } from 'vitest';
import { applyFixes, comparison, field, NO_SPAN, stringLiteral, type Schema } from '@pcaq/core';
import { checkFilter } from '@pcaq/checker';
import { marked } from '@pcaq/testing';
import { flatFilter } from './helpers.js';

const GUID = '0112A436-B14E-4888-967B-CA4BB2CF1234';

describe('checkFilter: codes and spans', () => {
  // A spelling near miss is a guess: a suggestion, never a fix (docs/diagnostics.md).
  const cases: { marked: string; code: string; fixed?: string; suggested?: string }[] = [
    { marked: "[[WorkloadCode]] eq 'SFB'", code: 'PCAQ0201', fixed: "workloadCode eq 'SFB'" },
    { marked: "[[CHANNEL]] eq 'Reseller'", code: 'PCAQ0201', fixed: "channel eq 'Reseller'" },
    { marked: "[[workloadCod]] eq 'SFB'", code: 'PCAQ0201', suggested: 'workloadCode' },
    { marked: "[[wrokloadCode]] eq 'SFB'", code: 'PCAQ0201', suggested: 'workloadCode' },
    { marked: "channel eq 'x' and [[custmerName]] ne 'y'", code: 'PCAQ0201', suggested: 'customerName' },
    { marked: "[[chanel]] eq 'x'", code: 'PCAQ0201', suggested: 'channel' },
    { marked: "[[foo]] eq 'x'", code: 'PCAQ0201' },
    { marked: "[[licensesActive]] eq '1'", code: 'PCAQ0202' },
    { marked: "channel eq 'x' or [[processedDateTime]] eq '2018-10-14'", code: 'PCAQ0202' },
    { marked: "customerTenantId eq [['abc']]", code: 'PCAQ0204' },
    { marked: "productId ne [['']]", code: 'PCAQ0204' },
    { marked: `customerTenantId eq [['{${GUID}}']]`, code: 'PCAQ0204', fixed: `customerTenantId eq '${GUID}'` },
    { marked: `productId eq [[' ${GUID}']]`, code: 'PCAQ0204' },
    { marked: "customerTenantId eq [['O''Brien']]", code: 'PCAQ0204' },
  ];
  it.each(cases)('$marked -> $code', ({ marked: source, code, fixed, suggested }) => {
    const { text, spans } = marked(source);
    const diagnostics = checkFilter(flatFilter(text), text);
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([[code, spans[0]]]);
    if (fixed === undefined) expect(diagnostics[0]?.fixes).toBeUndefined();
    else expect(applyFixes(text, diagnostics)).toBe(fixed);
    if (suggested !== undefined) expect(diagnostics[0]?.suggestions?.map((f) => f.edits[0]?.text)).toEqual([suggested]);
  });

  it('accepts valid filters, GUIDs in any case', () => {
    for (const text of [
      "workloadCode eq 'SFB'",
      `customerTenantId eq '${GUID.toLowerCase()}' and productId ne '${GUID}'`,
      "channel eq 'x' or customerName ne 'O''Brien'",
    ]) {
      expect(checkFilter(flatFilter(text), text)).toEqual([]);
    }
  });

  it('fills the did-you-mean hint only when there is a guess', () => {
    const [guessed] = checkFilter(flatFilter("WorkloadCode eq 'SFB'"), "WorkloadCode eq 'SFB'");
    expect(guessed?.message).toBe("Unknown field 'WorkloadCode'. Did you mean 'workloadCode'?");
    const [unguessed] = checkFilter(flatFilter("foo eq 'x'"), "foo eq 'x'");
    expect(unguessed?.message).toBe("Unknown field 'foo'.");
  });

  it('lists the filterable fields for a field that cannot be filtered on', () => {
    const [d] = checkFilter(flatFilter("licensesActive eq '1'"), "licensesActive eq '1'");
    expect(d?.message).toContain('workloadCode, workloadName, serviceCode');
    expect(d?.message).not.toContain('licensesQualified');
  });

  it('offers suggestions, not a fix, when several names are equally close', () => {
    const schema: Schema = {
      name: 'test',
      fields: [
        { name: 'alpha1', kind: 'string', filterable: true, groupable: true },
        { name: 'alpha2', kind: 'string', filterable: true, groupable: true },
      ],
    };
    const text = "alpha3 eq 'x'";
    const [d] = checkFilter(flatFilter(text), text, { schema });
    expect(d?.code).toBe('PCAQ0201');
    expect(d?.fixes).toBeUndefined();
    expect(d?.suggestions?.map((s) => s.edits[0]?.text)).toEqual(['alpha1', 'alpha2']);
    expect(d?.message).toBe("Unknown field 'alpha3'. Did you mean 'alpha1' or 'alpha2'?");
  });

  it('reports on nodes built in code (NO_SPAN) without offering fixes that would garble text', () => {
    const ast = comparison(field('WorkloadCode'), 'eq', stringLiteral('SFB'));
    const [d] = checkFilter(ast, '');
    expect(d).toMatchObject({ code: 'PCAQ0201', span: NO_SPAN, line: 1, column: 1 });
    expect(d?.fixes).toBeUndefined();
    const guid = checkFilter(comparison(field('productId'), 'eq', stringLiteral(`{${GUID}}`)), '');
    expect(guid.map((g) => [g.code, g.fixes])).toEqual([['PCAQ0204', undefined]]);
  });

  it('reports every problem of a filter in text order, with line and column', () => {
    const text = "Channel eq 'x' and\nlicensesActive eq '1' and productId eq 'p'";
    const diagnostics = checkFilter(flatFilter(text), text);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['PCAQ0201', 1, 1],
      ['PCAQ0202', 2, 1],
      ['PCAQ0204', 2, 40],
    ]);
  });

  it('reports a malformed tree from a JavaScript caller as one PCAQ0116, never throwing or linting it clean', () => {
    const junk: unknown[] = [null, undefined, 42, {}, { type: 'Logical' }, { type: 'Logical', operands: [null, {}] }, { type: 'Comparison', field: {} }];
    for (const value of junk) expect(checkFilter(value as never, 'x').map((d) => d.code)).toEqual(['PCAQ0116']);
  });

  it('walks trees far deeper than the parser allows', () => {
    let node = comparison(field('Channel'), 'eq', stringLiteral('x'));
    for (let i = 0; i < 20_000; i++) {
      node = { type: 'Logical', operator: i % 2 ? 'and' : 'or', operands: [node, comparison(field('channel'), 'eq', stringLiteral('y'))], span: NO_SPAN } as never;
    }
    expect(checkFilter(node, '').map((d) => d.code)).toEqual(['PCAQ0201']);
  });
});
