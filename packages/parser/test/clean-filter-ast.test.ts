import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { cleanFilterAst } from '../src/clean-filter-ast.js';
import { isCleanTokenStream } from '../src/clean-tokens.js';
import { runRule } from '../src/grammar.js';
import { lex } from '../src/lexer.js';
import { filterAst } from '../src/visitor.js';
import { filterArbitrary, printTokens, whitespace } from './filter-gen.js';

// The fast path reads clean token streams by hand; chevrotain's parser and the CST visitor are
// the reference (docs/performance.md, "Parsing"): the same tree, spans included, whenever the
// grammar accepts the tokens, and no tree whenever it reports an error.
function viaChevrotain(text: string): ReturnType<typeof filterAst> | undefined {
  const { cst, errors } = runRule('filter', lex(text));
  return errors.length === 0 ? filterAst(cst) : undefined;
}

/** Well-formed pieces in any order: most streams are clean, many do not follow the grammar. */
const tokenSoup = fc
  .array(
    fc.constantFrom('a', 'b_1', 'eq', 'ne', 'gt', 'le', 'and', 'or', "'x'", "'it''s'", "''", '(', ')', ' ', '\n',
      'true', 'false', 'contains', 'cast', ',', 'Edm.DateTimeOffset', '2018-01-01', '2018-01-01T10:20:30Z', "'2018-01-01'"),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(' '));

describe('cleanFilterAst', () => {
  test.prop([tokenSoup], { numRuns: 1500 })('agrees with the chevrotain parser on every clean token stream', (text) => {
    const tokens = lex(text);
    fc.pre(tokens.length > 0 && isCleanTokenStream(tokens));
    expect(cleanFilterAst(tokens)).toEqual(viaChevrotain(text));
  });

  test.prop([filterArbitrary, fc.boolean(), fc.array(whitespace, { minLength: 40, maxLength: 40 })], { numRuns: 300 })(
    'reads every printed tree, as the chevrotain parser does',
    (tree, extraParens, spaces) => {
      const text = printTokens(tree, extraParens).map((t, i) => t.text + (spaces[i % spaces.length] ?? ' ')).join('');
      const ast = cleanFilterAst(lex(text));
      expect(ast).toBeDefined();
      expect(ast).toEqual(viaChevrotain(text));
    },
  );

  test.each(["a eq 'x' b", "a eq 'x' or", "(a eq 'x'", "a eq 'x')", "a 'x'", "a eq 'x' and and b eq 'y'", "()", "a eq 'x' (b eq 'y')"])(
    'leaves %j to the chevrotain parser',
    (text) => {
      expect(cleanFilterAst(lex(text))).toBeUndefined();
      expect(viaChevrotain(text)).toBeUndefined();
    },
  );

  test('keeps the parentheses in the spans of the operators around them', () => {
    const text = "((a eq 'x') or b ne 'y') and (c eq 'z')";
    const ast = cleanFilterAst(lex(text));
    expect(ast).toEqual(viaChevrotain(text));
    expect(ast?.span).toEqual({ start: 0, end: text.length });
  });
});
