import { bucketStart, bucketText, parseDateTime, type AggregationLevel } from '@pcaq/core';
import { BoundedCache } from './bounded-cache.js';
import type { Row, RowValue } from './types.js';

/**
 * A row with each bucketed date field replaced by its bucket's first instant, the form grouped
 * rows show (docs/evaluation.md, "aggregationLevel buckets"). A value that is no date (missing,
 * text that is not ISO 8601, or an instant outside the service's years 0001-9999 in UTC) is kept
 * as it is: it forms its own group, nothing is dropped.
 *
 * @example
 * ```ts
 * const bucket = createDateBucketer({ level: 'month', fields: ['usageDate'] });
 * bucket({ usageDate: '2018-05-30T13:00:00', quantity: 1 }); // { usageDate: '2018-05-01T00:00:00', quantity: 1 }
 * ```
 */
export function createDateBucketer(buckets: { readonly level: AggregationLevel; readonly fields: readonly string[] }): (row: Row) => Row {
  const { level, fields } = buckets;
  // Rows share few distinct date strings: each is parsed once.
  const shown = new BoundedCache<string, string>();
  const bucketOf = (value: RowValue | undefined): RowValue | undefined => {
    if (typeof value !== 'string') return value;
    const cached = shown.get(value);
    if (cached !== undefined) return cached;
    const instant = parseDateTime(value);
    return shown.remember(value, instant === undefined ? value : bucketText(bucketStart(instant, level)));
  };
  return (row) => {
    const copy: Record<string, RowValue | undefined> = { ...row };
    for (const name of fields) copy[name] = bucketOf(row[name]);
    return copy;
  };
}
