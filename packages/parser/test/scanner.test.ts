import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Lexer, type IToken, type TokenType } from '../src/chevrotain.js';
import { scan } from '../src/scanner.js';
import { ALL_TOKENS } from '../src/tokens.js';

// The hand-written scanner must cut text exactly as chevrotain's lexer built from the token
// definitions does (docs/performance.md, "Parsing"): same types, images and offsets.
const reference = new Lexer(ALL_TOKENS as TokenType[], { positionTracking: 'onlyOffset', ensureOptimizations: true });
const lexed = (text: string): IToken[] => reference.tokenize(text).tokens;

/** Text made of the pieces where the token rules meet: quotes runs, keywords and their extensions, symbols. */
const tricky = fc
  .array(
    fc.constantFrom("'", "''", "'''", '"', '""', '\\', '\\"', 'eq', 'ne', 'and', 'or', 'eqx', 'an', 'andy', 'or_1', 'EQ', 'x', 'Z9_', '9', '_a',
      '.', '-', ':', 'a:b', 'é', 'ü-x', '😀', '\ud800', '\u0080', '\uffff', '(', ')', ',', '=', '==', '!', '!=', '<', '<>', '<=', '>', '>=',
      '&', '&&', '|', '||', '#', '%', '+', '\x00', '\x7f', ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0',
      'gt', 'ge', 'lt', 'le', 'gte', 'true', 'false', 'trueish', 'cast', 'contains', 'containsx', 'Edm', 'Edm.DateTimeOffset', '.DateTimeOffset',
      'Edm.DateTimeOffsetX', 'Edmx', '2018-01-01', '2018-01-01T10:20', 'T10:20:30.1234567', 'Z', '-05:00', '2018-1-01', '20180'),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('scan', () => {
  test.prop([fc.oneof(tricky, fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }))], { numRuns: 3000 })(
    "gives chevrotain's tokens for any text",
    (text) => {
      expect(scan(text)).toEqual(lexed(text));
    },
  );

  test.each([
    ["a eq 'x'", ['a', 'eq', "'x'"]],
    ["'it''s' ''''", ["'it''s'", "''''"]],
    ["'''", ["'''"]],
    ["'a'' b", ["'a'' b"]],
    ['"a\\" b""c" d', ['"a\\" b""c"', 'd']],
    ['"ab\\', ['"ab', '\\']],
    ['eqx eq1 eq- and_ or', ['eqx', 'eq1', 'eq', '-', 'and_', 'or']],
    ['a-b 1.5:x wörk', ['a', '-b', '1.5:x', 'w', 'örk']],
    ['a<>b!=c==d&&e||f', ['a', '<>', 'b', '!=', 'c', '==', 'd', '&&', 'e', '||', 'f']],
  ])('cuts %j as the lexer does', (text, images) => {
    expect(scan(text).map((t) => t.image)).toEqual(images);
    expect(scan(text)).toEqual(lexed(text));
  });

  test('cuts a 30,000-character run of quotes as the lexer does', () => {
    const text = `'${"''".repeat(15_000)}`;
    expect(scan(text)).toEqual(lexed(text));
  });
});
