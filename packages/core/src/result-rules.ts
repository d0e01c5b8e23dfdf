import type { AggregationLevel, CheckedQuery } from './checked-query.js';
import { InvalidArgumentError } from './invalid-argument.js';
import type { Schema } from './schema.js';

/**
 * Whether evaluating over a schema's rows picks one snapshot by `processedDateTime`
 * (docs/evaluation.md, "Snapshot selection (`processedDateTime`)"): only on endpoints whose
 * parameters include it; a schema describing rows only (no endpoint) keeps the rule when its rows
 * have the field or say nothing about it.
 *
 * @example
 * ```ts
 * takesSnapshot(LICENSE_USAGE_SCHEMA); // true
 * takesSnapshot(SUBSCRIPTIONS_SCHEMA); // false
 * ```
 */
export function takesSnapshot(schema: Schema): boolean {
  if (typeof schema !== 'object' || schema === null) throw new InvalidArgumentError('takesSnapshot', 'schema', 'is not a schema');
  const endpoint = schema.endpoint;
  return endpoint === undefined ? true : endpoint.parameters.includes('processedDateTime');
}

const LEVELS: readonly string[] = ['day', 'week', 'month'];

/**
 * The group-by fields `aggregationLevel` buckets, with the level (docs/evaluation.md,
 * "aggregationLevel buckets"): the date fields of the group-by, bucketed by the query's level, else
 * the endpoint's default when that is a bucket (`dateRange` is not). Empty when nothing is bucketed.
 *
 * @example
 * ```ts
 * const query = checkedQuery({ schema: AZURE_USAGE_SCHEMA, groupby: [groupByField('usageDate')], aggregationLevel: 'week', top: 10, skip: 0 });
 * dateBuckets(query); // { level: 'week', fields: ['usageDate'] }
 * ```
 */
export function dateBuckets(query: CheckedQuery): { readonly level: AggregationLevel; readonly fields: readonly string[] } | undefined {
  if (typeof query !== 'object' || query === null || typeof query.schema !== 'object') throw new InvalidArgumentError('dateBuckets', 'query', 'is not a checked query');
  const { schema } = query;
  if (!schema.endpoint?.parameters.includes('aggregationLevel')) return undefined;
  const level = query.aggregationLevel ?? schema.endpoint.aggregationLevel?.default;
  if (level === undefined || !LEVELS.includes(level)) return undefined;
  const fields = (query.groupby ?? []).map((g) => g.name).filter((name) => schema.fields.some((f) => f.name === name && f.kind === 'datetime'));
  return fields.length === 0 ? undefined : { level: level as AggregationLevel, fields };
}

const DAY_MS = 86_400_000;

/**
 * The first instant (milliseconds since 1970-01-01T00:00:00Z) of the bucket holding `instant`: its
 * UTC day, its ISO week (starting Monday) or its month (docs/evaluation.md, "aggregationLevel buckets").
 *
 * @throws InvalidArgumentError when `instant` is not a finite number or `level` is not a bucket.
 * @example
 * ```ts
 * bucketStart(Date.UTC(2018, 4, 30, 13), 'week');  // Date.UTC(2018, 4, 28), a Monday
 * bucketStart(Date.UTC(2018, 4, 30, 13), 'month'); // Date.UTC(2018, 4, 1)
 * ```
 */
export function bucketStart(instant: number, level: AggregationLevel): number {
  if (typeof instant !== 'number' || !Number.isFinite(instant)) throw new InvalidArgumentError('bucketStart', 'instant', 'is not a finite number');
  const day = Math.floor(instant / DAY_MS);
  switch (level) {
    case 'day':
      return day * DAY_MS;
    case 'week':
      // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
      return (day - (((day + 3) % 7) + 7) % 7) * DAY_MS;
    case 'month':
      // Back to the first of the month by whole days: Date.UTC would read years 0-99 as 1900-1999.
      return (day - (new Date(instant).getUTCDate() - 1)) * DAY_MS;
    default:
      throw new InvalidArgumentError('bucketStart', 'level', 'is not day, week or month');
  }
}

/**
 * A bucket's first instant as it is shown in a grouped row: `YYYY-MM-DDT00:00:00`, UTC, written
 * without an offset as the service writes its dates (docs/evaluation.md, "aggregationLevel buckets").
 *
 * @throws InvalidArgumentError when `instant` is not an instant within the range of `Date`.
 * @example
 * ```ts
 * bucketText(Date.UTC(2018, 4, 28)); // '2018-05-28T00:00:00'
 * ```
 */
export function bucketText(instant: number): string {
  if (typeof instant !== 'number' || !Number.isFinite(instant) || Math.abs(instant) > 8.64e15) throw new InvalidArgumentError('bucketText', 'instant', 'is not an instant (a finite number of milliseconds within the Date range)');
  return new Date(instant).toISOString().slice(0, -5);
}
