import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { applyFixes, hasErrors } from '@pcaq/core';
import { lintQuery, parseFilter, parseGroupBy, checkQuery } from '@pcaq/linter';
import { decodeQuery, encodeQuery, printFilter } from '@pcaq/printer';
import { anyComparison, filterTree, validComparison, withoutSpans } from './arbitraries.js';

describe('printer and parser agree', () => {
  test.prop([filterTree(anyComparison)], { numRuns: 200 })('parse(print(ast)) equals ast, ignoring spans', (ast) => {
    const parsed = parseFilter(printFilter(ast));
    expect(parsed.ast).toBeDefined();
    expect(withoutSpans(parsed.ast)).toEqual(withoutSpans(ast));
  });

  test.prop([filterTree(anyComparison)], { numRuns: 200 })('print(parse(print(ast))) === print(ast)', (ast) => {
    const printed = printFilter(ast);
    const reparsed = parseFilter(printed).ast;
    expect(reparsed && printFilter(reparsed)).toBe(printed);
  });
});

describe('the whole request path', () => {
  test.prop([filterTree(anyComparison)], { numRuns: 100 })('a tree sent through a URL parses back to itself', (ast) => {
    const { query, diagnostics } = decodeQuery(encodeQuery({ filter: ast }));
    expect(diagnostics).toEqual([]);
    expect(withoutSpans(parseFilter(String(query.filter)).ast)).toEqual(withoutSpans(ast));
  });
});

const KEYWORDS = new Set(['eq', 'ne', 'and', 'or', 'not', 'gt', 'ge', 'lt', 'le', 'in', 'has', 'contains', 'true', 'false', 'null']);

/** The mistakes a person makes, per token of a canonical filter; index 0 is "no mistake". */
function mistakesFor(token: string): string[] {
  switch (token) {
    case 'eq': return ['eq', 'EQ', 'Eq', '=='];
    case 'ne': return ['ne', 'NE', '!='];
    case 'and': return ['and', 'AND', 'And', '&&'];
    case 'or': return ['or', 'OR', '||'];
    case '(':
    case ')': return [token];
  }
  if (token.startsWith("'")) {
    const value = token.slice(1, -1);
    const options = [token];
    if (/^[A-Za-z0-9 ]*$/.test(value)) options.push(`"${value}"`);
    // A bare word or a number, as people write them: not '0a', which is two tokens.
    if (/^(?:[A-Za-z][A-Za-z0-9]*|[0-9]+)$/.test(value) && !KEYWORDS.has(value.toLowerCase())) options.push(value);
    return options;
  }
  return [token, token.toUpperCase(), token[0]!.toUpperCase() + token.slice(1)];
}

/** A valid filter with mistakes injected: `choices` pick a mistake per token; maybe drop the last ')'. */
const filterWithMistakes = fc
  .tuple(filterTree(validComparison, 3), fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), fc.boolean())
  .map(([ast, choices, dropParen]) => {
    let i = 0;
    let text = printFilter(ast).replace(/'(?:[^']|'')*'|[()]|[A-Za-z_][A-Za-z0-9_]*/g, (token) => {
      const options = mistakesFor(token);
      return options[choices[i++ % choices.length]! % options.length]!;
    });
    if (dropParen && text.endsWith(')')) text = text.slice(0, -1);
    return text;
  });

describe('fixes', () => {
  test.prop([filterWithMistakes], { numRuns: 300 })('one round of fixes leaves no error (syntax and schema) but a parenthesis whose place is a guess', (text) => {
    const fixed = applyFixes(text, parseFilter(text).diagnostics);
    const left = parseFilter(fixed).diagnostics.filter((d) => d.severity === 'error');
    // Where `and` and `or` mix, where a group ends changes the meaning: a suggestion, not a fix.
    for (const d of left) expect([d.code, d.fixes, d.suggestions?.length]).toEqual(['PCAQ0110', undefined, 1]);
  });

  it('repairs a parenthesis only where every place means the same', () => {
    const fixes = (text: string) => parseFilter(text).diagnostics.filter((d) => d.code === 'PCAQ0110' || d.code === 'PCAQ0111').map((d) => [d.code, !!d.fixes, !!d.suggestions]);
    expect(fixes("(channel eq 'x' or channel eq 'y'")).toEqual([['PCAQ0110', true, false]]);
    expect(fixes("channel eq 'x')")).toEqual([['PCAQ0111', true, false]]);
    expect(fixes("channel eq 'x' and (channel eq 'a' or channel eq 'b'")).toEqual([['PCAQ0110', false, true]]);
    expect(fixes("channel eq 'x' or channel eq 'y') and channel eq 'z'")).toEqual([['PCAQ0111', false, true]]);
  });
});

describe('never throws', () => {
  const parameterValue = fc.oneof(fc.anything(), fc.string({ unit: fc.constantFrom("'", '"', '(', ')', ',', ' ', 'a', 'eq', 'and', '%', '\ud800', '😀') }));
  const weirdQuery = fc.oneof(
    fc.anything(),
    fc.record({ filter: parameterValue, groupby: parameterValue, top: parameterValue, skip: parameterValue, processedDateTime: parameterValue }, { requiredKeys: [] }),
  );

  test.prop([weirdQuery], { numRuns: 300 })('lintQuery and checkQuery on anything a JavaScript caller may pass', (query) => {
    const diagnostics = lintQuery(query as never);
    const resolved = checkQuery(query as never);
    expect(resolved.diagnostics).toEqual(diagnostics);
    expect(resolved.checked === undefined).toBe(hasErrors(diagnostics));
  });

  test.prop([fc.string({ unit: fc.constantFrom("'", '"', '(', ')', ',', ' ', '\t', '\n', 'a', 'Eq', 'and', 'OR', '==', '&&', 'not', 'x', '😀') })], { numRuns: 300 })(
    'parseFilter and parseGroupBy on any text, with spans inside it',
    (text) => {
      for (const d of [...parseFilter(text).diagnostics, ...parseGroupBy(text).diagnostics]) {
        expect(0 <= d.span.start && d.span.start <= d.span.end && d.span.end <= text.length).toBe(true);
      }
    },
  );
});
