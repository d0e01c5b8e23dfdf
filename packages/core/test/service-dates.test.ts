import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { bucketStart, bucketText, parseDateTime, SERVICE_DATE_RANGE, withinServiceDates, type AggregationLevel } from '@pcaq/core';

// docs/evaluation.md, "aggregationLevel buckets": the service's dates are years 0001-9999 in UTC,
// and every bucket of such a date is written with its own four-digit year.
const serviceInstant = fc.integer({ min: SERVICE_DATE_RANGE.first, max: SERVICE_DATE_RANGE.last });
const level = fc.constantFrom<AggregationLevel>('day', 'week', 'month');

describe('the service date range', () => {
  it('runs from the first instant of 0001-01-01 to the last of 9999-12-31, in UTC', () => {
    expect(SERVICE_DATE_RANGE.first).toBe(parseDateTime('0001-01-01'));
    expect(SERVICE_DATE_RANGE.last).toBe(parseDateTime('9999-12-31T23:59:59.999Z'));
    expect([SERVICE_DATE_RANGE.first - 1, SERVICE_DATE_RANGE.last + 1].map(withinServiceDates)).toEqual([false, false]);
  });

  it.each(['0000-12-31T23:59:59.999Z', '0001-01-01T00:00+00:01', '9999-12-31T23:59:59.999-00:01', '0000-01-01T00:00+23:59', '9999-12-31T23:59-23:59'])(
    '%s, which parseDateTime reads, names an instant outside it',
    (text) => {
      expect(withinServiceDates(parseDateTime(text)!)).toBe(false);
    },
  );
});

describe('bucketStart over the whole service date range', () => {
  it.each([
    ['0001-01-01', '0001-01-01T00:00:00'],
    ['0001-01-31T23:59:59.999', '0001-01-01T00:00:00'],
    ['0099-12-31', '0099-12-01T00:00:00'],
    ['0096-02-29', '0096-02-01T00:00:00'],
  ])('the month of %s, a year below 100, is %s of its own year (not of the 1900s)', (text, shown) => {
    expect(bucketText(bucketStart(parseDateTime(text)!, 'month'))).toBe(shown);
  });

  test.prop([serviceInstant, level])('a bucket of a service date is a service date, written with four digits, at or before it', (instant, bucket) => {
    const start = bucketStart(instant, bucket);
    expect(withinServiceDates(start)).toBe(true);
    expect(start).toBeLessThanOrEqual(instant);
    expect(bucketText(start)).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00$/);
    if (bucket !== 'week') expect(bucketText(start).slice(0, bucket === 'day' ? 10 : 7)).toBe(new Date(instant).toISOString().slice(0, bucket === 'day' ? 10 : 7));
  });
});
