import fc from 'fast-check';
import { test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { applyFixes, booleanLiteral, comparison, dateTimeLiteral, field, stringLiteral, type FilterNode } from '@pcaq/core';
import { checkFilter } from '@pcaq/checker';
import { parseFilterSyntax } from '@pcaq/parser';
import { FAMILY_EXAMPLE_SCHEMA, familyFilterTree, marked } from '@pcaq/testing';
import { printFilter } from '@pcaq/printer';

const family = { schema: FAMILY_EXAMPLE_SCHEMA };

function check(text: string, options: { schema?: typeof FAMILY_EXAMPLE_SCHEMA } = family) {
  const { ast, diagnostics } = parseFilterSyntax(text);
  expect(diagnostics).toEqual([]);
  return checkFilter(ast as FilterNode, text, options);
}

describe('the schema narrows the family grammar: codes, spans and fixes', () => {
  const cases: { marked: string; code: string; fixed?: string; licence?: boolean }[] = [
    // Licence usage takes eq and ne only: gt is still an error at the operator (was PCAQ0107).
    { marked: "channel [[gt]] 'Reseller'", code: 'PCAQ0206', licence: true },
    { marked: "workloadCode eq 'x' or productName [[le]] 'y'", code: 'PCAQ0206', licence: true },
    { marked: "[[contains]](productName,'365')", code: 'PCAQ0206', licence: true },
    { marked: "channel eq [[true]]", code: 'PCAQ0207', licence: true },
    { marked: "channel eq [[2018-01-01]]", code: 'PCAQ0207', fixed: "channel eq '2018-01-01'", licence: true },
    { marked: "channel ne [[cast('2018-01-01', Edm.DateTimeOffset)]]", code: 'PCAQ0207', licence: true },
    { marked: "[[contains]](creationDate,'2018')", code: 'PCAQ0206' },
    { marked: "customerName [[eq]] 'Contoso'", code: 'PCAQ0206' },
    { marked: "autoRenewEnabled [[gt]] true", code: 'PCAQ0206' },
    { marked: "autoRenewEnabled eq [['true']]", code: 'PCAQ0207', fixed: 'autoRenewEnabled eq true' },
    { marked: "autoRenewEnabled ne [['FALSE']]", code: 'PCAQ0207', fixed: 'autoRenewEnabled ne false' },
    { marked: "autoRenewEnabled eq [['yes']]", code: 'PCAQ0207' },
    { marked: "autoRenewEnabled eq [[2018-01-01]]", code: 'PCAQ0207' },
    { marked: "creationDate eq [[true]]", code: 'PCAQ0207' },
    { marked: "customerTenantId eq [[false]]", code: 'PCAQ0207' },
    { marked: "creationDate gt [[2018-01-01]]", code: 'PCAQ0208', fixed: "creationDate gt cast('2018-01-01', Edm.DateTimeOffset)" },
    { marked: "creationDate le [['2018-01-01T10:00:00Z']]", code: 'PCAQ0208', fixed: "creationDate le cast('2018-01-01T10:00:00Z', Edm.DateTimeOffset)" },
    { marked: "creationDate ge [[2018-01-01T10:00:00-05:00]]", code: 'PCAQ0208', fixed: "creationDate ge cast('2018-01-01T10:00:00-05:00', Edm.DateTimeOffset)" },
    { marked: "creationDate gt [[cast('2018-02-30', Edm.DateTimeOffset)]]", code: 'PCAQ0209' },
    { marked: "creationDate gt [[cast( 'soon' ,Edm.DateTimeOffset )]]", code: 'PCAQ0209' },
    { marked: "creationDate eq [['last week']]", code: 'PCAQ0209' },
    { marked: "creationDate eq [[2018-13-01]]", code: 'PCAQ0209' },
    { marked: "status eq [['PAUSED']]", code: 'PCAQ0210' },
    { marked: "subscriptionType ne [['M365']]", code: 'PCAQ0210' },
    { marked: "subscriptionType eq [['office']]", code: 'PCAQ0211', fixed: "subscriptionType eq 'Office'" },
    { marked: "subscriptionType eq [['MICROSOFT365']]", code: 'PCAQ0211', fixed: "subscriptionType eq 'Microsoft365'" },
  ];
  it.each(cases)('$marked -> $code', ({ marked: source, code, fixed, licence }) => {
    const { text, spans } = marked(source);
    const diagnostics = check(text, licence ? {} : family);
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([[code, spans[0]]]);
    if (fixed === undefined) expect(diagnostics[0]?.fixes ?? []).toEqual([]);
    else {
      expect(applyFixes(text, diagnostics)).toBe(fixed);
      expect(check(fixed, licence ? {} : family)).toEqual([]);
    }
  });

  it('takes a documented value in another case on an enum that does not compare exactly', () => {
    expect(check("status eq 'active' or subscriptionType eq 'Office'")).toEqual([]);
  });

  it('names the operators a field takes', () => {
    expect(check("channel gt 'a'", {})[0]?.message).toBe("'channel' cannot be compared with gt; it takes eq, ne.");
    expect(check("customerName eq 'a'")[0]?.message).toBe("'customerName' cannot be compared with eq; it takes contains.");
  });

  it('accepts every form a field takes', () => {
    expect(
      check(
        "autoRenewEnabled eq true and creationDate gt cast('2018-01-01', Edm.DateTimeOffset) and (contains(customerName,'Con') or productName ne 'x')",
      ),
    ).toEqual([]);
  });

  it('checks trees built in code, without fixes (their spans hold no text)', () => {
    const tree = comparison(field('autoRenewEnabled'), 'eq', stringLiteral('true'));
    expect(checkFilter(tree, '', family).map((d) => [d.code, d.fixes ?? []])).toEqual([['PCAQ0207', []]]);
    expect(checkFilter(comparison(field('creationDate'), 'gt', dateTimeLiteral('2018-01-01', 'bare')), '', family).map((d) => d.code)).toEqual(['PCAQ0208']);
    expect(checkFilter(comparison(field('creationDate'), 'ne', booleanLiteral(false)), '', family).map((d) => d.code)).toEqual(['PCAQ0207']);
  });

  it('checks the value of a field whose name has a certain fix in the same pass', () => {
    expect(check("autorenewenabled eq 'true'").map((d) => d.code)).toEqual(['PCAQ0201', 'PCAQ0207']);
  });

  propTest.prop([familyFilterTree(FAMILY_EXAMPLE_SCHEMA)])('finds nothing wrong in a tree the schema allows, built or printed and parsed', (tree) => {
    expect(checkFilter(tree, '', family)).toEqual([]);
    const text = printFilter(tree);
    expect(check(text)).toEqual([]);
  });

  propTest.prop([fc.constantFrom('eq', 'ne', 'gt', 'ge', 'lt', 'le'), fc.string({ maxLength: 30 })])(
    'never throws on any text on a date field, and reports it only where it is no date',
    (operator, value) => {
      const tree = comparison(field('creationDate'), operator, stringLiteral(value));
      const codes = checkFilter(tree, '', family).map((d) => d.code);
      expect(codes.length).toBeLessThanOrEqual(1);
      expect(codes.every((c) => c === 'PCAQ0208' || c === 'PCAQ0209')).toBe(true);
    },
  );
});
