import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { backoffDelayMs, DEFAULT_RETRY_POLICY, RetryBudget, retryAfterMs } from '../src/index.js';

describe('retryAfterMs', () => {
  it('reads both forms of Retry-After', () => {
    expect(retryAfterMs('120', 0)).toBe(120_000);
    expect(retryAfterMs(' 0 ', 0)).toBe(0);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', Date.UTC(2015, 9, 21, 7, 27, 0))).toBe(60_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', Date.UTC(2016, 0, 1))).toBe(0);
  });

  it('reads every HTTP date form as GMT, whatever the local time zone', () => {
    const saved = process.env['TZ'];
    process.env['TZ'] = 'America/New_York';
    try {
      const now = Date.UTC(1994, 10, 6, 8, 49, 0);
      for (const form of ['Sun, 06 Nov 1994 08:49:37 GMT', 'Sunday, 06-Nov-94 08:49:37 GMT', 'Sun Nov  6 08:49:37 1994']) {
        expect([form, retryAfterMs(form, now)]).toEqual([form, 37_000]);
      }
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });

  it('leaves anything else to the backoff', () => {
    for (const text of [null, undefined, '', '-1', '1.5', 'soon', '2015-10-21', '12345678901']) expect(retryAfterMs(text, 0)).toBeUndefined();
  });

  test.prop([fc.nat({ max: 9_999_999 })])('reads any whole number of seconds', (seconds) => {
    expect(retryAfterMs(String(seconds), 123)).toBe(seconds * 1000);
  });

  test.prop([fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.integer({ min: -86_400, max: 86_400 })])(
    'reads an HTTP date as the time left until it, never negative',
    (now, seconds) => {
      const whole = Math.floor(now / 1000) * 1000;
      const at = new Date(whole + seconds * 1000).toUTCString();
      expect(retryAfterMs(at, whole)).toBe(Math.max(0, seconds * 1000));
    },
  );

  test.prop([fc.string({ maxLength: 200 })])('never throws and never answers a negative or non-finite wait', (text) => {
    const ms = retryAfterMs(text, 0);
    if (ms !== undefined) expect(Number.isFinite(ms) && ms >= 0).toBe(true);
  });
});

describe('backoffDelayMs', () => {
  test.prop([fc.nat({ max: 2000 }), fc.double({ noNaN: false })])('stays within [0, min(cap, base * 2^retry)]', (retry, draw) => {
    const ms = backoffDelayMs(retry, DEFAULT_RETRY_POLICY, () => draw);
    const ceiling = Math.min(DEFAULT_RETRY_POLICY.maxDelayMs, DEFAULT_RETRY_POLICY.baseDelayMs * 2 ** retry);
    expect(Number.isInteger(ms) && ms >= 0 && ms <= ceiling).toBe(true);
  });

  it('spreads clients that failed together (full jitter)', () => {
    expect(backoffDelayMs(3, DEFAULT_RETRY_POLICY, () => 0)).toBe(0);
    expect(backoffDelayMs(3, DEFAULT_RETRY_POLICY, () => 0.999)).toBe(3996);
  });
});

describe('RetryBudget', () => {
  test.prop([fc.array(fc.boolean(), { maxLength: 200 })])('never lends more than its size, and pages earn it back', (events) => {
    const policy = { ...DEFAULT_RETRY_POLICY, retryBudget: 5, budgetPerPage: 1 };
    const budget = new RetryBudget(policy);
    let model = 5;
    for (const isPage of events) {
      if (isPage) {
        budget.earn();
        model = Math.min(5, model + 1);
      } else {
        expect(budget.take()).toBe(model > 0);
        model = Math.max(0, model - 1);
      }
    }
  });
});
