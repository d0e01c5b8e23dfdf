import type { AggregationLevel } from '@pcaq/core';
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
 * alike; a value that is no date is kept as written.
 *
 * @example
 * ```ts
 * bucketSql('usageDate', 'week', 'duckdb'); // CASE WHEN (...) IS NULL THEN "usageDate" ELSE lpad(...) || '-' || ... END
 * ```
 */
export function bucketSql(name: string, level: AggregationLevel, dialect: SqlDialect): string {
  const column = q(name);
  const instant = instantSql(column);
  const start = `date_trunc('${level}', ${TIMESTAMP_OF[dialect](instant)})`;
  const part = (unit: string, width: number): string => `lpad(CAST(CAST(extract(${unit} FROM ${start}) AS INTEGER) AS TEXT), ${width}, '0')`;
  const text = `${part('year', 4)} || '-' || ${part('month', 2)} || '-' || ${part('day', 2)} || 'T00:00:00'`;
  return `CASE WHEN ${instant} IS NULL THEN CAST(${column} AS TEXT) ELSE ${text} END`;
}
