import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { didYouMean, editDistance, similarNames } from '@pcaq/core';

const FIELDS = ['workloadCode', 'workloadName', 'serviceCode', 'serviceName', 'channel', 'customerTenantId', 'customerName', 'productId', 'productName'];

describe('editDistance (optimal string alignment)', () => {
  const cases: [string, string, number][] = [
    ['', '', 0], ['a', '', 1], ['', 'abc', 3], ['kitten', 'sitting', 3],
    ['workloadCode', 'wrokloadCode', 1], ['channel', 'chanel', 1], ['channel', 'channle', 1], ['ca', 'abc', 3],
  ];
  it.each(cases)('%s / %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  test.prop([fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })])('is symmetric, zero only for equal strings, at most the longer length', (a, b) => {
    const d = editDistance(a, b);
    expect(editDistance(b, a)).toBe(d);
    expect(d === 0).toBe(a === b);
    expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
    expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
  });
});

describe('similarNames', () => {
  const cases: [string, string[]][] = [
    ['WorkloadCode', ['workloadCode']],
    ['PRODUCTID', ['productId']],
    ['workloadCod', ['workloadCode']],
    ['customerNam', ['customerName']],
    ['chanel', ['channel']],
    ['serviceXame', ['serviceName']],
    ['productIdd', ['productId']],
    ['zzz', []],
    ['chan', []],
    ['', []],
    ['x'.repeat(1000), []],
  ];
  it.each(cases)('%s -> %j', (name, expected) => {
    expect(similarNames(name, FIELDS)).toEqual(expected);
  });

  it('allows one edit only for short names, and returns every name at the best distance', () => {
    expect(similarNames('abd', ['abc', 'xyz'])).toEqual(['abc']);
    expect(similarNames('axd', ['abc'])).toEqual([]);
    expect(similarNames('alpha3', ['alpha1', 'alpha2', 'beta'])).toEqual(['alpha1', 'alpha2']);
  });
});

describe('didYouMean', () => {
  it('formats none, one and several names', () => {
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['channel'])).toBe(" Did you mean 'channel'?");
    expect(didYouMean(['a', 'b', 'c'])).toBe(" Did you mean 'a', 'b' or 'c'?");
  });
});
