import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { applyFixes, lineColumnAt, type Diagnostic } from '@pcaq/core';
import { parseFilterSyntax, parseGroupBySyntax } from '@pcaq/parser';
import { withoutSpans } from '@pcaq/testing';
import { filterArbitrary, printTokens, whitespace, type PrintedToken } from './filter-gen.js';

/** Text biased towards the grammar and its usual mistakes. */
const grammarish = fc
  .array(
    fc.constantFrom('a', 'b_1', 'eq', 'ne', 'EQ', 'And', 'and', 'or', 'OR', "'x'", "'it''s'", "'", '"y"', '"', '(', ')', ' ', '  ', '\n', '\t',
      '==', '!=', '&&', '||', '=', '<', '>=', '!', 'not', 'gt', 'in', 'contains', ',', '5', '-', 'true', '😀', 'é', '#', '%', '+', "''", '\r\n', 'wörk',
      'ge', 'le', 'lt', 'GT', 'TRUE', 'false', 'cast(', 'CAST(', 'Edm.DateTimeOffset', 'Edm.String', 'contains(', 'Contains(', '2018-01-01', '2018-01-01T10:20Z'),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), grammarish);

function expectWellFormed(text: string, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(0 <= d.span.start && d.span.start <= d.span.end && d.span.end <= text.length).toBe(true);
    expect({ line: d.line, column: d.column }).toEqual(lineColumnAt(text, d.span.start));
    expect(d.message).not.toMatch(/\{\w+\}/);
    expect(d.message.length).toBeLessThan(300);
    for (const fix of d.fixes ?? []) for (const e of fix.edits) expect(e.span.end <= text.length).toBe(true);
  }
}

describe('any text', () => {
  test.prop([anyText], { numRuns: 400 })('parseFilterSyntax never throws; spans and positions are consistent', (text) => {
    const { ast, diagnostics } = parseFilterSyntax(text);
    expectWellFormed(text, diagnostics);
    expect(ast === undefined).toBe(diagnostics.length > 0);
  });

  test.prop([anyText], { numRuns: 300 })('parseGroupBySyntax never throws; fields are the text they span', (text) => {
    const { fields, diagnostics } = parseGroupBySyntax(text);
    expectWellFormed(text, diagnostics);
    for (const f of fields) expect(text.slice(f.span.start, f.span.end)).toBe(f.name);
  });
});

/**
 * Filters whose comparisons and joins are written with fixable mistakes (keyword case, symbols,
 * double quotes, bare values, missing spaces, unbalanced parentheses), at random.
 */
const space = fc.constantFrom(' ', '', '\n', '  ');
const comparisonText = fc
  .tuple(
    fc.constantFrom('a', 'bc', 'd_1'),
    space,
    fc.constantFrom('eq', 'ne', 'EQ', 'Ne', '==', '=', '!=', '<>'),
    space,
    fc.constantFrom("'x'", '"y"', '5', 'z', "'it''s'", '"O\'Brien"', "''"),
  )
  .map(([f, s1, op, s2, v]) => `${f}${/^[a-z]/i.test(op) ? ' ' : s1}${op}${/^[a-z]/i.test(op) && /^[a-z0-9]/i.test(v) ? ' ' : s2}${v}`);
const fixableish = fc
  .array(fc.tuple(fc.constantFrom('', '(', '(('), comparisonText, fc.constantFrom('', ')', '))'), space, fc.constantFrom('and', 'or', 'AND', 'Or', '&&', '||', '&', '|'), space), {
    minLength: 1,
    maxLength: 5,
  })
  .map((parts) => parts.map(([open, cmp, close, s1, join, s2]) => `${open}${cmp}${close}${s1}${join}${s2}`).join('').replace(/\s*(?:and|or|AND|Or|&&|\|\||&|\|)\s*$/, ''));

describe('fix safety', () => {
  test.prop([fixableish], { numRuns: 300 })('when every problem of a text has a fix, the fixes give a filter without errors', (text) => {
    const { diagnostics } = parseFilterSyntax(text);
    if (diagnostics.length === 0 || diagnostics.some((d) => d.fixes === undefined)) return;
    const fixed = applyFixes(text, diagnostics);
    expect(parseFilterSyntax(fixed).diagnostics, JSON.stringify({ text, fixed })).toEqual([]);
  });
});

describe('printed trees', () => {
  test.prop([filterArbitrary, fc.boolean(), fc.array(whitespace, { minLength: 80, maxLength: 80 })], { numRuns: 150 })(
    'parse back to the same tree, whatever the whitespace',
    (tree, extraParens, spaces) => {
      const text = printTokens(tree, extraParens).map((t, i) => t.text + (spaces[i % spaces.length] ?? ' ')).join('');
      const { ast, diagnostics } = parseFilterSyntax(text);
      expect(diagnostics).toEqual([]);
      expect(withoutSpans(ast)).toEqual(withoutSpans(tree));
    },
  );

  test.prop([filterArbitrary, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { minLength: 4, maxLength: 4 })], { numRuns: 200 })(
    'injected mistakes all have fixes, and applying them gives back the tree',
    (tree, positions, choices) => {
      const tokens = printTokens(tree, false);
      const { text, injected } = inject(tokens, positions, choices);
      fc.pre(injected > 0);
      const { diagnostics } = parseFilterSyntax(text);
      expect(diagnostics.length, JSON.stringify(text)).toBeGreaterThanOrEqual(injected);
      for (const d of diagnostics) expect(d.fixes, `${d.code} in ${JSON.stringify(text)}`).toBeDefined();
      const fixed = applyFixes(text, diagnostics);
      const reparsed = parseFilterSyntax(fixed);
      expect(reparsed.diagnostics, JSON.stringify({ text, fixed })).toEqual([]);
      expect(withoutSpans(reparsed.ast)).toEqual(withoutSpans(tree));
    },
  );
});

const CASES: Readonly<Record<string, readonly string[]>> = { eq: ['EQ', 'Eq'], ne: ['NE', 'nE'], and: ['AND', 'And'], or: ['OR', 'Or'] };
const SYMBOLS: Readonly<Record<string, readonly string[]>> = { eq: ['==', '='], ne: ['!=', '<>'], and: ['&&', '&'], or: ['||', '|'] };

/**
 * Prints tokens with single spaces, replacing those at `positions` by a fixable mistake (the
 * kind picked by `choices`): wrong-case keyword, symbol (maybe without spaces), double quotes,
 * unquoted value, unterminated last string, missing space, dropped last `)`, extra `)`.
 */
function inject(tokens: readonly PrintedToken[], positions: readonly number[], choices: readonly number[]): { text: string; injected: number } {
  const texts = tokens.map((t) => t.text);
  const gaps = tokens.map(() => ' ');
  gaps[gaps.length - 1] = '';
  const touched = new Set<number>();
  let injected = 0;
  let suffix = '';
  let unterminated = false;
  const unspacedOps: number[] = [];
  positions.forEach((position, n) => {
    const i = position % tokens.length;
    const token = tokens[i] as PrintedToken;
    const choice = choices[n % choices.length] ?? 0;
    if (touched.has(i)) return;
    touched.add(i);
    if (token.kind === 'op' || token.kind === 'logical') {
      const options = choice % 2 === 0 ? CASES[token.text] : SYMBOLS[token.text];
      texts[i] = options?.[choice % 2] ?? token.text;
      if (choice % 4 === 1) {
        gaps[i] = '';
        if (i > 0) gaps[i - 1] = '';
      }
      injected++;
    } else if (token.kind === 'string' && token.value !== undefined) {
      if (choice % 3 === 0) texts[i] = `"${token.value.replaceAll('\\', '\\\\').replaceAll('"', '""')}"`;
      else if (choice % 3 === 1 && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(token.value)) texts[i] = token.value;
      else if (i === tokens.length - 1) {
        texts[i] = token.text.slice(0, -1);
        unterminated = true;
      }
      else if (!touched.has(i - 1) && tokens[i - 1]?.kind === 'op') {
        gaps[i - 1] = '';
        unspacedOps.push(i - 1);
      }
      else return;
      injected++;
    } else if (token.kind === ')' && i === tokens.length - 1 && choice % 2 === 0 && suffix === '') {
      texts[i] = '';
      injected++;
    } else if (choice % 2 === 1 && suffix === '' && texts.at(-1) !== '') {
      suffix = ')';
      injected++;
    }
  });
  // A missing space next to an operator later turned into a symbol is covered by the symbol's fix.
  injected -= unspacedOps.filter((op) => Object.values(SYMBOLS).flat().includes(texts[op] ?? '')).length;
  // An unterminated last string would swallow an extra ')': that is one mistake, not two.
  if (unterminated && suffix) return { text: texts.map((t, i) => t + gaps[i]).join(''), injected: injected - 1 };
  return { text: texts.map((t, i) => t + gaps[i]).join('') + suffix, injected };
}
