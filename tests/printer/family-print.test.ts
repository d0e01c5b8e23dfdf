import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { booleanLiteral, comparison, dateTimeLiteral, field, and, or, stringLiteral, type FilterNode } from '@pcaq/core';
import { parseFilterSyntax } from '@pcaq/parser';
import { decodeQuery, encodeQuery, printFilter, printFilterLocated, printLiteral } from '@pcaq/printer';
import { FAMILY_EXAMPLE_SCHEMA, familyFilterTree, withoutSpans } from '@pcaq/testing';

const familyTree = familyFilterTree(FAMILY_EXAMPLE_SCHEMA);

describe('printing the family grammar', () => {
  it('writes every new form canonically: dates as casts, booleans bare, contains as a call', () => {
    const tree = and([
      comparison(field('autoRenewEnabled'), 'eq', booleanLiteral(true)),
      comparison(field('creationDate'), 'gt', dateTimeLiteral('2018-01-01', 'bare')),
      or([comparison(field('customerName'), 'contains', stringLiteral("O'Brien")), comparison(field('productName'), 'ne', stringLiteral('x'))]),
    ]);
    expect(printFilter(tree)).toBe(
      "autoRenewEnabled eq true and creationDate gt cast('2018-01-01', Edm.DateTimeOffset) and (contains(customerName,'O''Brien') or productName ne 'x')",
    );
  });

  it('prints a literal on its own', () => {
    expect(printLiteral(booleanLiteral(false))).toBe('false');
    expect(printLiteral(dateTimeLiteral('2018-01-01T00:00:00Z'))).toBe("cast('2018-01-01T00:00:00Z', Edm.DateTimeOffset)");
    expect(printLiteral(stringLiteral("it's"))).toBe("'it''s'");
  });

  it("encodes the new forms byte for byte: '(', ')', ',' and quotes escaped, spaces as %20", () => {
    expect(encodeQuery({ filter: "contains(productName,'365')" })).toBe('filter=contains%28productName%2C%27365%27%29');
    expect(encodeQuery({ filter: "usageDate le cast('2018-01-01', Edm.DateTimeOffset)" })).toBe(
      'filter=usageDate%20le%20cast%28%272018-01-01%27%2C%20Edm.DateTimeOffset%29',
    );
    expect(encodeQuery({ filter: 'autoRenewEnabled eq true' })).toBe('filter=autoRenewEnabled%20eq%20true');
  });

  test.prop([familyTree], { numRuns: 300 })('parse(print(tree)) equals the tree (spans aside), for canonical family trees', (tree) => {
    const { ast, diagnostics } = parseFilterSyntax(printFilter(tree));
    expect(diagnostics).toEqual([]);
    expect(withoutSpans(ast)).toEqual(withoutSpans(tree));
  });

  test.prop([familyTree], { numRuns: 200 })('print(parse(print(tree))) equals print(tree), and the query survives the URL codec', (tree) => {
    const text = printFilter(tree);
    expect(printFilter(parseFilterSyntax(text).ast as FilterNode)).toBe(text);
    expect(decodeQuery(encodeQuery({ filter: text })).query).toEqual({ filter: text });
  });

  test.prop([familyTree], { numRuns: 200 })('printFilterLocated gives each comparison the spans of its field and literal in the text', (tree) => {
    const { text, comparisons } = printFilterLocated(tree);
    for (const node of comparisons) {
      expect(text.slice(node.field.span.start, node.field.span.end)).toBe(node.field.name);
      expect(text.slice(node.value.span.start, node.value.span.end)).toBe(printLiteral(node.value));
      const written = text.slice(node.span.start, node.span.end);
      expect(written).toBe(node.operator === 'contains' ? `contains(${node.field.name},${printLiteral(node.value)})` : `${node.field.name} ${node.operator} ${printLiteral(node.value)}`);
    }
  });

  test.prop([fc.constantFrom('2018-01-01', '2018-01-01T10:20Z', '2018-01-01T10:20:30.1234567-05:00')])(
    'a bare date prints as the cast that parses back to the same date',
    (value) => {
      const printed = printFilter(comparison(field('creationDate'), 'ge', dateTimeLiteral(value, 'bare')));
      expect(withoutSpans(parseFilterSyntax(printed).ast)).toEqual(withoutSpans(comparison(field('creationDate'), 'ge', dateTimeLiteral(value, 'cast'))));
    },
  );
});
