import { SERVICE_DATE_RANGE } from '@pcaq/core';

/**
 * SQL for pcaq's reading of a date (docs/evaluation.md, "Dates"): the instant, in milliseconds
 * since 1970-01-01T00:00:00Z, that a text value names, or NULL when it is no ISO 8601 date of the
 * forms `parseDateTime` reads. The same in DuckDB and PostgreSQL: the shape is matched by mapping
 * every digit to `0` (`translate`) and comparing with the accepted shapes, so no regular-expression
 * dialect is involved; the digits are then cast only when the shape holds (nested `CASE`, which
 * both engines evaluate in order) and the day is checked against the calendar; the day number
 * comes from plain arithmetic (the civil-from-days formula), not from a date type whose range
 * differs between the engines. As `parseDateTime`, an offset past 14 hours or an instant outside
 * Edm.DateTimeOffset's range (years 0001-9999, UTC) is no date (docs/language.md, "Dates").
 * `packages/engines/test/family-filters.test.ts` and `tests/edges/dates-in-range.test.ts` check
 * the engines against the evaluator.
 *
 * @example
 * ```ts
 * instantSql('"creationDate"'); // CASE WHEN translate(CAST("creationDate" AS TEXT), ...) IN (...) THEN ... END
 * ```
 */
export function instantSql(column: string): string {
  const c = `CAST(${column} AS TEXT)`;
  const shape = `translate(${c}, '123456789', '000000000')`;
  const part = (start: number, length: number): string => `CAST(substr(${c}, ${start}, ${length}) AS INTEGER)`;
  const y = part(1, 4);
  const m = part(6, 2);
  const d = part(9, 2);
  const timed = `length(${c}) >= 16`;
  const hour = `(CASE WHEN ${timed} THEN ${part(12, 2)} ELSE 0 END)`;
  const minute = `(CASE WHEN ${timed} THEN ${part(15, 2)} ELSE 0 END)`;
  const second = `(CASE WHEN length(${c}) >= 19 AND substr(${c}, 17, 1) = ':' THEN ${part(18, 2)} ELSE 0 END)`;
  const zoned = `(length(${c}) >= 22 AND substr(${c}, length(${c}) - 5, 1) IN ('+', '-'))`;
  const zoneLength = `(CASE WHEN right(${c}, 1) = 'Z' THEN 1 WHEN ${zoned} THEN 6 ELSE 0 END)`;
  const fractionDigits = `(length(${c}) - 20 - ${zoneLength})`;
  const millis = `(CASE WHEN substr(${c}, 20, 1) = '.' THEN CAST(rpad(substr(${c}, 21, least(3, ${fractionDigits})), 3, '0') AS INTEGER) ELSE 0 END)`;
  const offsetHours = `CAST(substr(${c}, length(${c}) - 4, 2) AS INTEGER)`;
  const offsetMinutes = `CAST(substr(${c}, length(${c}) - 1, 2) AS INTEGER)`;
  const offset = `(CASE WHEN ${zoned} THEN (CASE WHEN substr(${c}, length(${c}) - 5, 1) = '-' THEN -1 ELSE 1 END) * (${offsetHours} * 60 + ${offsetMinutes}) ELSE 0 END)`;
  const leap = `((${y} % 4 = 0 AND ${y} % 100 <> 0) OR ${y} % 400 = 0)`;
  const daysInMonth = `(CASE WHEN ${m} = 2 THEN (CASE WHEN ${leap} THEN 29 ELSE 28 END) WHEN ${m} IN (4, 6, 9, 11) THEN 30 ELSE 31 END)`;
  const zoneValid = `(NOT ${zoned} OR (${offsetMinutes} <= 59 AND ${offsetHours} * 60 + ${offsetMinutes} <= ${MAX_OFFSET_MINUTES}))`;
  const valid = `${m} BETWEEN 1 AND 12 AND ${d} BETWEEN 1 AND ${daysInMonth} AND ${hour} <= 23 AND ${minute} <= 59 AND ${second} <= 59 AND ${zoneValid}`;
  // Days since 1970-01-01 of the proleptic Gregorian date, with March as the year's first month
  // and the year moved 400 years on (146097 days) so every division is of a positive number.
  const shifted = `(${y} - (CASE WHEN ${m} <= 2 THEN 1 ELSE 0 END) + 400)`;
  const monthIndex = `(CASE WHEN ${m} > 2 THEN ${m} - 3 ELSE ${m} + 9 END)`;
  const days =
    `(365 * ${shifted} + floor(${shifted} / 4.0) - floor(${shifted} / 100.0) + floor(${shifted} / 400.0)` +
    ` + floor((153 * ${monthIndex} + 2) / 5.0) + ${d} - 1 - 719468 - 146097)`;
  const instant = `(((${days} * 86400 + ${hour} * 3600 + ${minute} * 60 + ${second} - ${offset} * 60) * 1000) + ${millis})`;
  const inRange = `${instant} BETWEEN ${SERVICE_DATE_RANGE.first} AND ${SERVICE_DATE_RANGE.last}`;
  return `(CASE WHEN ${shape} IN (${DATE_SHAPES.map((s) => `'${s}'`).join(', ')}) THEN (CASE WHEN ${valid} AND ${inRange} THEN ${instant} END) END)`;
}

/** Edm.DateTimeOffset's largest offset in minutes, as `parseDateTime` has it (the range is core's `SERVICE_DATE_RANGE`). */
const MAX_OFFSET_MINUTES = 14 * 60;

/** Every shape `parseDateTime` reads, with each digit written `0`. */
const DATE_SHAPES: readonly string[] = (() => {
  const date = '0000-00-00';
  const times = ['T00:00', 'T00:00:00', ...Array.from({ length: 7 }, (_, i) => `T00:00:00.${'0'.repeat(i + 1)}`)];
  const zones = ['', 'Z', '+00:00', '-00:00'];
  return [date, ...times.flatMap((time) => zones.map((zone) => date + time + zone))];
})();
