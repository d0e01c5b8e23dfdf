import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedCache, MAX_CACHED_CHARACTERS, MAX_CACHED_KEY_LENGTH, MAX_CACHED_VALUES } from '../src/bounded-cache.js';
import { createTextEquals } from '../src/text-equality.js';

describe('the equality cache keeps memory flat whatever the data', () => {
  it('never remembers a long value (10 KB unique names took 1.3 GB when only their number was bounded)', () => {
    const cache = new BoundedCache<string, boolean>();
    for (let i = 0; i < 1000; i++) cache.remember(`${i}`.padEnd(10_000, 'x'), false);
    expect(cache.size).toBe(0);
  });

  it('stops at its character budget and at its count', () => {
    const long = new BoundedCache<string, number>();
    for (let i = 0; long.size < MAX_CACHED_VALUES && i < 3 * MAX_CACHED_VALUES; i++) long.remember(`${i}`.padEnd(MAX_CACHED_KEY_LENGTH, '-'), i);
    expect(long.size).toBe(Math.floor(MAX_CACHED_CHARACTERS / MAX_CACHED_KEY_LENGTH));
    const short = new BoundedCache<string, number>();
    for (let i = 0; i < 2 * MAX_CACHED_VALUES; i++) short.remember(`${i}`, i);
    expect(short.size).toBe(MAX_CACHED_VALUES);
  });

  test.prop([fc.array(fc.string({ unit: 'grapheme', maxLength: 3000 }), { maxLength: 200 }), fc.string({ maxLength: 20 })])(
    'answers the same with a full cache as without one',
    (values, literal) => {
      const equals = createTextEquals(literal, true);
      const first = values.map(equals);
      expect(values.map(equals)).toEqual(first);
      expect(first).toEqual(values.map((value) => createTextEquals(literal, true)(value)));
    },
  );
});
