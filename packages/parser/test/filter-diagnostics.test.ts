import { describe, expect, test } from 'vitest';
import { applyFixes, type DiagnosticCode } from '@pcaq/core';
import { parseFilterSyntax } from '@pcaq/parser';
import { marked } from '@pcaq/testing';

/** One diagnostic per row: the code, its span (the marker), and the text its fixes give (null: no fix). */
const rows: ReadonlyArray<{ input: string; code: DiagnosticCode; fixed: string | null }> = [
  { input: '[[]]', code: 'PCAQ0101', fixed: null },
  { input: '[[ \t\r\n ]]', code: 'PCAQ0101', fixed: null },
  { input: "workloadCode eq 'SFB' [[#]]", code: 'PCAQ0102', fixed: null },
  { input: "workloadCode eq 'SFB' [[%$]] or channel eq 'x'", code: 'PCAQ0102', fixed: null },
  { input: "w[[ö]]rkloadCode eq 'SFB'", code: 'PCAQ0102', fixed: null },
  { input: "product[[/]]name eq 'SFB'", code: 'PCAQ0102', fixed: null },
  { input: "workloadCode eq [['SFB]]", code: 'PCAQ0103', fixed: "workloadCode eq 'SFB'" },
  { input: "workloadCode eq [['it''s]]", code: 'PCAQ0103', fixed: "workloadCode eq 'it''s'" },
  { input: 'workloadCode eq [["SFB"]]', code: 'PCAQ0104', fixed: "workloadCode eq 'SFB'" },
  { input: `customerName eq [["O'Brien"]]`, code: 'PCAQ0104', fixed: "customerName eq 'O''Brien'" },
  { input: 'customerName eq [["say ""hi"""]]', code: 'PCAQ0104', fixed: `customerName eq 'say "hi"'` },
  { input: 'workloadCode eq [["SFB]]', code: 'PCAQ0104', fixed: "workloadCode eq 'SFB'" },
  { input: "workloadCode [[EQ]] 'SFB'", code: 'PCAQ0105', fixed: "workloadCode eq 'SFB'" },
  { input: "workloadCode [[Ne]] 'SFB'", code: 'PCAQ0105', fixed: "workloadCode ne 'SFB'" },
  { input: "a eq 'x' [[And]] b eq 'y'", code: 'PCAQ0105', fixed: "a eq 'x' and b eq 'y'" },
  { input: "a eq 'x' [[OR]] b eq 'y'", code: 'PCAQ0105', fixed: "a eq 'x' or b eq 'y'" },
  { input: "workloadCode [[==]] 'SFB'", code: 'PCAQ0106', fixed: "workloadCode eq 'SFB'" },
  { input: "workloadCode [[=]] 'SFB'", code: 'PCAQ0106', fixed: "workloadCode eq 'SFB'" },
  { input: "workloadCode[[=]]'SFB'", code: 'PCAQ0106', fixed: "workloadCode eq 'SFB'" },
  { input: "workloadCode [[!=]] 'SFB'", code: 'PCAQ0106', fixed: "workloadCode ne 'SFB'" },
  { input: "workloadCode [[<>]] 'SFB'", code: 'PCAQ0106', fixed: "workloadCode ne 'SFB'" },
  { input: "a eq 'x' [[&&]] b eq 'y'", code: 'PCAQ0106', fixed: "a eq 'x' and b eq 'y'" },
  { input: "a eq 'x'[[||]]b eq 'y'", code: 'PCAQ0106', fixed: "a eq 'x' or b eq 'y'" },
  { input: "a eq 'x' [[&]] b eq 'y'", code: 'PCAQ0106', fixed: "a eq 'x' and b eq 'y'" },
  { input: "a eq 'x' [[|]] b eq 'y'", code: 'PCAQ0106', fixed: "a eq 'x' or b eq 'y'" },
  { input: "a [[GE]] 'x'", code: 'PCAQ0105', fixed: "a ge 'x'" },
  { input: "a eq [[TRUE]]", code: 'PCAQ0105', fixed: 'a eq true' },
  { input: "a eq [[False]] or b eq 'x'", code: 'PCAQ0105', fixed: "a eq false or b eq 'x'" },
  { input: "a gt [[CAST]]('2018-01-01', Edm.DateTimeOffset)", code: 'PCAQ0105', fixed: "a gt cast('2018-01-01', Edm.DateTimeOffset)" },
  { input: "[[Contains]](a,'x')", code: 'PCAQ0105', fixed: "contains(a,'x')" },
  { input: "productName [[like]] 'E3'", code: 'PCAQ0107', fixed: null },
  { input: "channel [[in]] ('a','b')", code: 'PCAQ0107', fixed: null },
  { input: "channel [[has]] 'a'", code: 'PCAQ0107', fixed: null },
  { input: "creationDate [[>=]] '5'", code: 'PCAQ0106', fixed: "creationDate ge '5'" },
  { input: "creationDate [[<]] '5'", code: 'PCAQ0106', fixed: "creationDate lt '5'" },
  { input: "creationDate[[>]]'5'", code: 'PCAQ0106', fixed: "creationDate gt '5'" },
  { input: "creationDate [[<=]] '5'", code: 'PCAQ0106', fixed: "creationDate le '5'" },
  { input: "[[startswith(productName,'E3')]]", code: 'PCAQ0107', fixed: null },
  { input: "a eq 'x' and [[startswith(productName, 'O')]]", code: 'PCAQ0107', fixed: null },
  { input: "[[substringof('E3',productName) eq true]]", code: 'PCAQ0107', fixed: null },
  { input: "[[not]] channel eq 'Reseller'", code: 'PCAQ0108', fixed: null },
  { input: "[[NOT]] (channel eq 'Reseller')", code: 'PCAQ0108', fixed: null },
  { input: "[[!]](channel eq 'Reseller')", code: 'PCAQ0108', fixed: null },
  { input: 'licensesActive eq [[5]]', code: 'PCAQ0109', fixed: "licensesActive eq '5'" },
  { input: 'channel eq [[Reseller]]', code: 'PCAQ0109', fixed: "channel eq 'Reseller'" },
  { input: 'channel eq [[yes]]', code: 'PCAQ0109', fixed: "channel eq 'yes'" },
  { input: "contains(a,[[x]])", code: 'PCAQ0109', fixed: "contains(a,'x')" },
  { input: "a eq [[2018-01-01T10]]", code: 'PCAQ0109', fixed: "a eq '2018-01-01T10'" },
  { input: "[[(]]a eq 'x' and a gt cast('2018-01-01', Edm.DateTimeOffset)", code: 'PCAQ0110', fixed: "(a eq 'x' and a gt cast('2018-01-01', Edm.DateTimeOffset))" },
  { input: "a gt cast[[(]]'2018-01-01', Edm.DateTimeOffset", code: 'PCAQ0110', fixed: "a gt cast('2018-01-01', Edm.DateTimeOffset)" },
  { input: "contains[[(]]a,'x'", code: 'PCAQ0110', fixed: "contains(a,'x')" },
  { input: "contains(a[[)]]", code: 'PCAQ0112', fixed: null },
  { input: "contains(a,[[)]]", code: 'PCAQ0112', fixed: null },
  { input: "a gt cast('2018-01-01'[[)]]", code: 'PCAQ0112', fixed: null },
  { input: "a gt cast('2018-01-01', [[Edm.String]])", code: 'PCAQ0117', fixed: "a gt cast('2018-01-01', Edm.DateTimeOffset)" },
  { input: "a gt cast('2018-01-01', [[DateTimeOffset]])", code: 'PCAQ0117', fixed: "a gt cast('2018-01-01', Edm.DateTimeOffset)" },
  { input: "[[productName contains 'E3']]", code: 'PCAQ0118', fixed: "contains(productName,'E3')" },
  { input: "a eq 'x' or [[b contains 'it''s']]", code: 'PCAQ0118', fixed: "a eq 'x' or contains(b,'it''s')" },
  { input: 'channel eq [[null]]', code: 'PCAQ0109', fixed: "channel eq 'null'" },
  { input: 'productId eq [[0112A436-B14E-4888-967B-CA4BB2CF1234]]', code: 'PCAQ0109', fixed: "productId eq '0112A436-B14E-4888-967B-CA4BB2CF1234'" },
  { input: "[[(]]a eq 'x' or b eq 'y'", code: 'PCAQ0110', fixed: "(a eq 'x' or b eq 'y')" },
  { input: "a eq 'x'[[)]]", code: 'PCAQ0111', fixed: "a eq 'x'" },
  { input: "(a eq 'x')[[)]]and b eq 'y'", code: 'PCAQ0111', fixed: "(a eq 'x') and b eq 'y'" },
  { input: 'a eq[[]]', code: 'PCAQ0112', fixed: null },
  { input: "a eq 'x' and[[]]  ", code: 'PCAQ0112', fixed: null },
  { input: "a [['x']]", code: 'PCAQ0112', fixed: null },
  { input: "a eq 'x' [[b]] eq 'y'", code: 'PCAQ0112', fixed: null },
  { input: "a eq 'x' and [[or]] b eq 'y'", code: 'PCAQ0112', fixed: null },
  { input: "([[)]]", code: 'PCAQ0112', fixed: null },
  { input: "a eq [[eq]] 'x'", code: 'PCAQ0112', fixed: null },
  { input: "workloadCode [[eq'SFB']]", code: 'PCAQ0113', fixed: "workloadCode eq 'SFB'" },
  { input: "a eq [['x'and]] b eq 'y'", code: 'PCAQ0113', fixed: "a eq 'x' and b eq 'y'" },
  { input: `${'('.repeat(64)}[[(]]a eq 'x'${')'.repeat(65)}`, code: 'PCAQ0114', fixed: null },
  { input: `a eq '${'x'.repeat(32_762)}[[']]`, code: 'PCAQ0115', fixed: null },
];

describe('parseFilterSyntax diagnostics', () => {
  test.each(rows)('$code: $input', ({ input, code, fixed }) => {
    const { text, spans } = marked(input);
    const { ast, diagnostics } = parseFilterSyntax(text);
    expect(ast).toBeUndefined();
    expect(diagnostics.map((d) => ({ code: d.code, span: d.span }))).toEqual([{ code, span: spans[0] }]);
    const [diagnostic] = diagnostics;
    expect(diagnostic?.message).not.toMatch(/\{\w+\}/);
    if (fixed === null) {
      expect(diagnostic?.fixes).toBeUndefined();
      return;
    }
    const result = applyFixes(text, diagnostics);
    expect(result).toBe(fixed);
    expect(parseFilterSyntax(result).diagnostics).toEqual([]);
  });
});

describe('recovery reports every independent error once', () => {
  test.each([
    {
      input: 'WorkloadCode [[EQ]] [["SFB"]] [[&&]] [[(]]channel [[==]] [[Reseller]]',
      codes: ['PCAQ0105', 'PCAQ0104', 'PCAQ0106', 'PCAQ0110', 'PCAQ0106', 'PCAQ0109'],
      fixed: "WorkloadCode eq 'SFB' and (channel eq 'Reseller')",
    },
    { input: "[[(]]a eq 'x' or [[(]]b eq 'y'", codes: ['PCAQ0110', 'PCAQ0110'], fixed: "(a eq 'x' or (b eq 'y'))" },
    { input: "[[(]]a eq [['x]]", codes: ['PCAQ0110', 'PCAQ0103'], fixed: "(a eq 'x')" },
    { input: "a eq [[and]] b [['y']] or c eq 'z'", codes: ['PCAQ0112', 'PCAQ0112'], fixed: null },
    { input: "[[not]] a eq 'x' [[##]] and b [[has]] [[5]]", codes: ['PCAQ0108', 'PCAQ0102', 'PCAQ0107', 'PCAQ0109'], fixed: null },
    { input: "contains(a,[[x]]) and b gt cast('1', [[Edm.Int32]]) [[OR]] c [[>]] true", codes: ['PCAQ0109', 'PCAQ0117', 'PCAQ0105', 'PCAQ0106'], fixed: "contains(a,'x') and b gt cast('1', Edm.DateTimeOffset) or c gt true" },
    { input: "(a eq 'x')[[)]][[)]]", codes: ['PCAQ0111', 'PCAQ0111'], fixed: "(a eq 'x')" },
    { input: "(a eq 'x')[[)]]", codes: ['PCAQ0111'], fixed: "(a eq 'x')" },
  ])('$input', ({ input, codes, fixed }) => {
    const { text, spans } = marked(input);
    const { diagnostics } = parseFilterSyntax(text);
    const expected = codes.map((code, i) => ({ code, span: spans[i] }));
    expect(diagnostics.map((d) => ({ code: d.code, span: d.span }))).toEqual(expect.arrayContaining(expected));
    expect(diagnostics).toHaveLength(codes.length);
    if (fixed !== null) {
      expect(applyFixes(text, diagnostics)).toBe(fixed);
      expect(parseFilterSyntax(fixed).diagnostics).toEqual([]);
    }
  });
});

test('a missing space on both sides of a keyword is reported twice, with overlapping spans', () => {
  const text = "(a eq 'x')and(b eq 'y')";
  const { diagnostics } = parseFilterSyntax(text);
  expect(diagnostics.map((d) => [d.code, text.slice(d.span.start, d.span.end)])).toEqual([
    ['PCAQ0113', ')and'],
    ['PCAQ0113', 'and('],
  ]);
  expect(applyFixes(text, diagnostics)).toBe("(a eq 'x') and (b eq 'y')");
});

describe('limits', () => {
  test('100,000 open parentheses: one PCAQ0114, no stack overflow', () => {
    const text = '('.repeat(100_000 - 20) + "a eq 'x'";
    const { diagnostics } = parseFilterSyntax(text.slice(0, 32_000));
    expect(diagnostics.map((d) => d.code)).toEqual(['PCAQ0114']);
    expect(parseFilterSyntax(text).diagnostics.map((d) => d.code)).toEqual(['PCAQ0115']);
  });

  test('messages quote at most 40 characters of the text; fixes keep all of it', () => {
    const value = `"${'x'.repeat(20_000)}"`;
    const { diagnostics } = parseFilterSyntax(`a eq ${value}`);
    expect(diagnostics.map((d) => d.code)).toEqual(['PCAQ0104']);
    expect(diagnostics[0]?.message.length).toBeLessThan(120);
    expect(diagnostics[0]?.fixes?.[0]?.edits[0]?.text).toBe(`'${'x'.repeat(20_000)}'`);
  });

  test('64 levels of parentheses are accepted', () => {
    const text = `${'('.repeat(64)}a eq 'x'${')'.repeat(64)}`;
    expect(parseFilterSyntax(text).diagnostics).toEqual([]);
  });

  test('exactly 32,768 characters are accepted; the excess is the span', () => {
    const head = "a eq '";
    const ok = `${head}${'x'.repeat(32_768 - head.length - 1)}'`;
    expect(parseFilterSyntax(ok).diagnostics).toEqual([]);
    const { diagnostics } = parseFilterSyntax(`${ok} `);
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([['PCAQ0115', { start: 32_768, end: 32_769 }]]);
  });
});
