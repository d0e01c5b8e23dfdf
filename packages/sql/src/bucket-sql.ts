import { SERVICE_DATE_RANGE, type AggregationLevel } from '@pcaq/core';
import { q } from './columns.js';
import { instantSql } from './date-sql.js';
import type { SqlDialect } from './types.js';

/** A timestamp without time zone, UTC, from an instant in milliseconds since 1970 (the dialects differ only here). */
const TIMESTAMP_OF: Readonly<Record<SqlDialect, (millis: string) => string>> = {
  duckdb: (millis) => `make_timestamp(CAST(${millis} AS BIGINT) * 1000)`,
  postgres: (millis) => `(to_timestamp(${millis} / 1000.0) AT TIME ZONE 'UTC')`,
};

/**
 * SQL for a date field bucketed by `aggregationLevel`, as the evaluator buckets it
 * (docs/evaluation.md, "aggregationLevel buckets"; docs/engines.md, "Family results"): the
 * bucket's first instant as `YYYY-MM-DDT00:00:00` (UTC day, ISO week from Monday with
 * `date_trunc('week')`, month), the text put together from its parts so both engines write it
 * alike; a value that is no date, or whose instant lies outside the service's years 0001-9999
 * (`SERVICE_DATE_RANGE`, where the engines' calendars and four-digit years part ways), is kept as
 * written.
 *
 * @example
 * ```ts
 * bucketSql('usageDate', 'week', 'duckdb'); // CASE WHEN (...) BETWEEN -62135596800000 AND 253402300799999 THEN lpad(...) || '-' || ... ELSE CAST("usageDate" AS TEXT) END
 * ```
 */
export function bucketSql(name: string, level: AggregationLevel, dialect: SqlDialect): string {
  const column = q(name);
  const instant = instantSql(column);
  const start = `date_trunc('${level}', ${TIMESTAMP_OF[dialect](instant)})`;
  const part = (unit: string, width: number): string => `lpad(CAST(CAST(extract(${unit} FROM ${start}) AS INTEGER) AS TEXT), ${width}, '0')`;
  const text = `${part('year', 4)} || '-' || ${part('month', 2)} || '-' || ${part('day', 2)} || 'T00:00:00'`;
  // NULL (no date) is not BETWEEN anything: it falls to ELSE with the instants outside the range.
  return `CASE WHEN ${instant} BETWEEN ${SERVICE_DATE_RANGE.first} AND ${SERVICE_DATE_RANGE.last} THEN ${text} ELSE CAST(${column} AS TEXT) END`;
}
