import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { applyFixes, booleanLiteral, comparison, dateTimeLiteral, field, span, stringLiteral, type FilterNode } from '@pcaq/core';
import { parseFilterSyntax } from '@pcaq/parser';
import { printFilter } from '@pcaq/printer';
import { FAMILY_EXAMPLE_SCHEMA, familyFilterTree, withoutSpans } from '@pcaq/testing';
import { cleanFilterAst } from '../../packages/parser/src/clean-filter-ast.js';
import { isCleanTokenStream } from '../../packages/parser/src/clean-tokens.js';
import { runRule } from '../../packages/parser/src/grammar.js';
import { lex } from '../../packages/parser/src/lexer.js';
import { normalizeFilterTokens } from '../../packages/parser/src/normalize-filter.js';
import { filterAst } from '../../packages/parser/src/visitor.js';

function viaChevrotain(text: string): FilterNode | undefined {
  const { cst, errors } = runRule('filter', normalizeFilterTokens(text, lex(text)).tokens);
  return errors.length === 0 ? filterAst(cst) : undefined;
}

describe('the family grammar: trees and spans', () => {
  it.each<[string, FilterNode]>([
    ['a gt \'x\'', comparison(field('a', span(0, 1)), 'gt', stringLiteral('x', span(5, 8)), span(0, 8))],
    ['b eq true', comparison(field('b', span(0, 1)), 'eq', booleanLiteral(true, span(5, 9)), span(0, 9))],
    ['b ne false', comparison(field('b', span(0, 1)), 'ne', booleanLiteral(false, span(5, 10)), span(0, 10))],
    [
      "d le cast( '2018-01-01' , Edm.DateTimeOffset )",
      comparison(field('d', span(0, 1)), 'le', dateTimeLiteral('2018-01-01', 'cast', span(5, 46)), span(0, 46)),
    ],
    ['d ge 2018-01-01T10:20:30Z', comparison(field('d', span(0, 1)), 'ge', dateTimeLiteral('2018-01-01T10:20:30Z', 'bare', span(5, 25)), span(0, 25))],
    ["contains( p ,'O''B' )", comparison(field('p', span(10, 11)), 'contains', stringLiteral("O'B", span(13, 19)), span(0, 21))],
  ])('%s', (text, tree) => {
    const { ast, diagnostics } = parseFilterSyntax(text);
    expect(diagnostics).toEqual([]);
    expect(ast).toEqual(tree);
    expect(viaChevrotain(text)).toEqual(tree);
  });

  it('keeps a field named true (a word only where a value goes)', () => {
    expect(parseFilterSyntax("true eq 'x'").ast).toEqual(comparison(field('true', span(0, 4)), 'eq', stringLiteral('x', span(8, 11)), span(0, 11)));
  });
});

/** A printed family tree with random whitespace wherever the grammar allows it. */
const spacedFamily = fc
  .tuple(familyFilterTree(FAMILY_EXAMPLE_SCHEMA), fc.array(fc.constantFrom(' ', '  ', '\n', '\t', ''), { minLength: 30, maxLength: 30 }))
  .map(([tree, spaces]) => {
    let n = 0;
    const next = (): string => spaces[n++ % spaces.length] ?? '';
    // Inside calls any whitespace goes; words keep at least one space between them.
    const text = printFilter(tree)
      .replace(/\(/g, () => `(${next()}`)
      .replace(/,/g, () => `${next()},${next()}`)
      .replace(/\)/g, () => `${next()})`)
      .replace(/ /g, () => ` ${next()}`);
    return { tree, text };
  });

describe('the two parsers agree on the family grammar', () => {
  test.prop([spacedFamily], { numRuns: 300 })('both read a spaced printed tree as the tree', ({ tree, text }) => {
    fc.pre(!/'[^']*[\s,()][^']*'/.test(text)); // spacing inside a string would change its value
    const tokens = lex(text);
    expect(isCleanTokenStream(tokens)).toBe(true);
    const fast = cleanFilterAst(tokens);
    expect(withoutSpans(fast)).toEqual(withoutSpans(tree));
    expect(fast).toEqual(viaChevrotain(text));
  });
});

/** Family comparisons written with a fixable mistake of the new syntax. */
const mistaken = fc.constantFrom(
  ['autoRenewEnabled eq TRUE', 'autoRenewEnabled eq true'],
  ['autoRenewEnabled ne False', 'autoRenewEnabled ne false'],
  ["creationDate GT cast('2018-01-01', Edm.DateTimeOffset)", "creationDate gt cast('2018-01-01', Edm.DateTimeOffset)"],
  ["creationDate >= CAST('2018-01-01', Edm.DateTimeOffset)", "creationDate ge cast('2018-01-01', Edm.DateTimeOffset)"],
  ["creationDate<cast('2018-01-01', Edm.DateTime)", "creationDate lt cast('2018-01-01', Edm.DateTimeOffset)"],
  ["productName contains 'E3'", "contains(productName,'E3')"],
  ["Contains(customerName,Contoso)", "contains(customerName,'Contoso')"],
  ["contains(customerName,\"Con\")", "contains(customerName,'Con')"],
);

describe('fixes of the new syntax converge', () => {
  test.prop([fc.array(fc.tuple(mistaken, fc.constantFrom(' and ', ' or ', ' AND ', ' || ')), { minLength: 1, maxLength: 4 })], { numRuns: 200 })(
    'applying every fix gives the intended filter, which parses clean',
    (parts) => {
      const text = parts.map(([[wrong], join], i) => (i === 0 ? '' : join) + wrong).join('');
      const intended = parts.map(([[, right], join], i) => (i === 0 ? '' : join.trim().toLowerCase().replace('||', 'or').replace(/^/, ' ').replace(/$/, ' ')) + right).join('');
      const { diagnostics } = parseFilterSyntax(text);
      for (const d of diagnostics) expect(d.fixes, `${d.code} in ${text}`).toBeDefined();
      const fixed = applyFixes(text, diagnostics);
      expect(fixed).toBe(intended);
      expect(parseFilterSyntax(fixed).diagnostics).toEqual([]);
    },
  );

  test.prop([fc.string({ unit: fc.constantFrom('cast', 'contains', '(', ')', ',', "'2018-01-01'", 'Edm.DateTimeOffset', 'Edm.', 'a', ' ', 'gt', 'true', '2018-01-01', "'") , maxLength: 20 })], {
    numRuns: 500,
  })('never throws on soups of the new words; spans stay inside the text', (text) => {
    const { ast, diagnostics } = parseFilterSyntax(text);
    expect(ast === undefined).toBe(diagnostics.length > 0);
    for (const d of diagnostics) {
      expect(0 <= d.span.start && d.span.start <= d.span.end && d.span.end <= text.length).toBe(true);
      for (const fix of d.fixes ?? []) for (const e of fix.edits) expect(e.span.end <= text.length).toBe(true);
    }
  });
});
