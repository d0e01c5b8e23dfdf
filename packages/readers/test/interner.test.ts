import { describe, expect, it } from 'vitest';
import { fc, it as itProp } from '@fast-check/vitest';
import { createInterner, keepsValue } from '../src/interner.js';

// The interner keeps one instance per distinct value, but never lets a column of long unique values
// (10 KB names) grow memory with the file (docs/evaluation.md, "Performance design"). String
// identity is not observable in JavaScript, so the keeping rule is tested directly.
describe('the readers interner', () => {
  it('keeps short values while the tables are small', () => {
    expect(keepsValue(0, 0, 36)).toBe(true);
    expect(keepsValue(1_000, 50_000, 1_024)).toBe(true);
  });

  it('passes a long value through: a column of unique 10 KB names keeps nothing', () => {
    expect(keepsValue(0, 0, 1_025)).toBe(false);
    expect(keepsValue(0, 0, 10_000)).toBe(false);
  });

  it('stops keeping past the shared character budget or the per-column count, whatever the data', () => {
    expect(keepsValue(10, 2 ** 23 - 10, 11)).toBe(false);
    expect(keepsValue(2 ** 17, 0, 1)).toBe(false);
  });

  it('returns the value it is given, kept or not', () => {
    const intern = createInterner(true);
    for (const text of ['reseller', 'n'.repeat(5_000), '']) expect(intern(0, 'channel', text)).toBe(text);
  });
});

describe('the interner over a sequence of cells', () => {
  // Each column remembers its previous value; a value must never come back from another column or
  // for a different text.
  itProp.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('', 'a', 'A', 'ab', 'a'.repeat(20), 'é', '\u{1F600}')), { maxLength: 60 })])(
    'returns a value equal to each cell, whatever the column and the order',
    (cells) => {
      const intern = createInterner(['c0', 'c2']);
      for (const [column, text] of cells) expect(intern(column, `c${column}`, text)).toBe(text);
    },
  );
});
