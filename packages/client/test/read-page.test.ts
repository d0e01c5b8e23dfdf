import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readPage } from '../src/index.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readPage', () => {
  it('drops a byte-order mark before the JSON', () => {
    expect(readPage(utf8('\uFEFF{"Value":[],"@nextLink":null,"TotalCount":0}'))).toEqual({ rows: [], nextLink: null, totalCount: 0 });
  });

  it("reads the source page's licenseActive as licensesActive, keeping the field order", () => {
    const page = readPage(utf8('{"Value":[{"workloadCode":"SFB","licenseActive":3,"licensesQualified":5}]}'));
    expect(page).toEqual({ rows: [{ workloadCode: 'SFB', licensesActive: 3, licensesQualified: 5 }], nextLink: null, totalCount: undefined });
    expect(Object.keys((page as { readonly rows: readonly object[] }).rows[0] ?? {})).toEqual(['workloadCode', 'licensesActive', 'licensesQualified']);
  });

  it('keeps licensesActive when a row has both spellings', () => {
    expect(readPage(utf8('{"Value":[{"licenseActive":1,"licensesActive":2}]}'))).toMatchObject({ rows: [{ licenseActive: 1, licensesActive: 2 }] });
  });

  it('says why a body is not an envelope', () => {
    expect(readPage(new Uint8Array([0x7b, 0xff, 0x7d]))).toBe('the body is not UTF-8');
    expect(readPage(utf8('{"Value":[1'))).toMatch(/^the body is not JSON/);
    expect(readPage(utf8('[]'))).toBe('the body is not a JSON object');
    expect(readPage(utf8('{"rows":[]}'))).toBe('the body has no "Value" array');
    expect(readPage(utf8('{"Value":[1]}'))).toBe('an item of "Value" is not an object');
    expect(readPage(utf8('{"Value":[],"@nextLink":5}'))).toBe('the "@nextLink" is neither a string nor null');
    expect(readPage(utf8('{"Value":[],"TotalCount":-1}'))).toBe('the "TotalCount" is not a whole number');
  });

  test.prop([fc.uint8Array({ maxLength: 2000 })])('never throws on any bytes', (bytes) => {
    const page = readPage(bytes);
    expect(typeof page === 'string' || Array.isArray(page.rows)).toBe(true);
  });

  test.prop([fc.array(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 30 })), { maxLength: 20 }), fc.boolean()])(
    'gives back any rows it is sent, with or without a byte-order mark',
    (rows, bom) => {
      // Integers past 2^53 - 1 come back as bigints: exact-json.test.ts covers them.
      const safe = (_key: string, v: unknown) => (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v) ? 0 : v);
      const clean = rows.map((row) => JSON.parse(JSON.stringify(row), safe) as Record<string, unknown>);
      const page = readPage(utf8(`${bom ? '\uFEFF' : ''}${JSON.stringify({ Value: clean, '@nextLink': null, TotalCount: clean.length })}`));
      if (typeof page === 'string') throw new Error(page);
      const expected = clean.map((row) =>
        'licenseActive' in row && !('licensesActive' in row) ? Object.fromEntries(Object.entries(row).map(([k, v]) => [k === 'licenseActive' ? 'licensesActive' : k, v])) : row,
      );
      expect(page.rows).toEqual(expected);
    },
  );
});

it('keeps a row field named __proto__ as a field when it renames licenseActive', () => {
  const page = readPage(new TextEncoder().encode('{"Value":[{"__proto__":{"x":1},"licenseActive":1}]}'));
  if (typeof page === 'string') throw new Error(page);
  const row = page.rows[0] ?? {};
  expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  expect(Object.hasOwn(row, '__proto__')).toBe(true);
  expect(row['licensesActive']).toBe(1);
});
