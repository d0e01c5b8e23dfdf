import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseExactJson, readPage } from '../src/index.js';

/** JSON text with bigints written as integer literals, as `pcaq serve` writes counts past 2^53 - 1. */
function exactStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `\u0001${v}` : v)).replace(/"\\u0001(-?\d+)"/g, '$1');
}

const unsafeBigInt = fc.oneof(fc.bigInt({ min: 2n ** 53n, max: 2n ** 200n }), fc.bigInt({ min: -(2n ** 200n), max: -(2n ** 53n) }));
const text = fc.string({ unit: fc.oneof(fc.constantFrom('"', '\\', '1', '9', '-', 'e', '\uFFFF', '\u2028'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }).filter((s) => !s.includes('\u0001'));
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('tree'), { maxLength: 4 }), fc.dictionary(text, tie('tree'), { maxKeys: 4 })),
  leaf: fc.oneof(fc.maxSafeInteger(), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Number.isInteger(d)), unsafeBigInt, text, fc.boolean(), fc.constant(null)),
}));

describe('parseExactJson', () => {
  it('reads integers past 2^53 - 1 exactly, and nothing else differently', () => {
    expect(parseExactJson('{"a": 9007199254740993, "b": -9007199254740993, "c": 9007199254740991, "d": 1e30, "e": "9007199254740993", "f": 12345678901234567.5}')).toEqual({
      a: 9007199254740993n, b: -9007199254740993n, c: 9007199254740991, d: 1e30, e: '9007199254740993', f: 12345678901234567.5,
    });
  });

  it('reads a 500-digit integer exactly', () => {
    const digits = '7'.repeat(500);
    expect(parseExactJson(`[${digits}]`)).toEqual([BigInt(digits)]);
  });

  test.prop([tree])('gives back any value, bigints included, from its exact JSON text', (value) => {
    expect(parseExactJson(exactStringify(value))).toEqual(value);
  });

  test.prop([fc.oneof(fc.json(), fc.string({ unit: fc.constantFrom('1', '"', '\\', '[', ']', ',', '-', '9', ' ', '{', '}', ':', '\uFFFF') }))])(
    'fails exactly where JSON.parse fails',
    (input) => {
      let plain = true;
      try {
        JSON.parse(input);
      } catch {
        plain = false;
      }
      let exact = true;
      try {
        parseExactJson(input);
      } catch {
        exact = false;
      }
      expect(exact).toBe(plain);
    },
  );

  it('hands counts past 2^53 - 1 over as bigints in a page', () => {
    const page = readPage(new TextEncoder().encode('{"Value":[{"licensesActive":18014398509481985}],"@nextLink":null,"TotalCount":1}'));
    expect(page).toEqual({ rows: [{ licensesActive: 18014398509481985n }], nextLink: null, totalCount: 1 });
  });
});
