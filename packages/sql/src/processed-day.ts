import { PROCESSED_DATE_TIME, q } from './columns.js';
import type { DialectSql } from './dialect.js';
import type { SqlParameters } from './parameters.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * The day a processed date-time falls on, as the evaluator computes it (**Decision** there: the
 * calendar date as written, no time-zone conversion; `''` when the text does not start with one).
 *
 * @example
 * ```ts
 * dayOfText('2018-10-14T23:00:00-05:00'); // '2018-10-14'
 * ```
 */
export function dayOfText(text: string): string {
  return ISO_DAY.exec(text)?.[0] ?? '';
}

/** How the processed day is computed per row and which one is kept. */
export interface DaySelection {
  /** SQL for a row's day: its first ten characters when they are an ISO date, else `''`. */
  dayOf(column: string): string;
  /** SQL for the kept day: the asked one (a parameter) or the latest among `processedDates` (a SELECT of `processedDateTime`). */
  selected(processedDates: string): string;
}

/**
 * docs/evaluation.md, "Snapshot selection (`processedDateTime`)": only rows of one processed day are used, the one asked for (day precision),
 * else the latest in the data. Undated rows have the day `''`, which sorts before every date, so
 * they are used only when no row is dated, as in the evaluator.
 *
 * @example
 * ```ts
 * processedDaySelection('2018-10-14T00:00:00', DIALECTS.duckdb, params).selected('SELECT ...'); // '$1' (bound to '2018-10-14')
 * ```
 */
export function processedDaySelection(asked: string | undefined, sql: DialectSql, params: SqlParameters): DaySelection {
  const dayOf = (column: string): string => `CASE WHEN ${sql.startsWithIsoDay(column)} THEN substr(${column}, 1, 10) ELSE '' END`;
  return {
    dayOf,
    selected: (processedDates) =>
      asked === undefined
        ? `(SELECT max(${dayOf(q(PROCESSED_DATE_TIME))})\n    FROM (${processedDates}) AS ${q('pcaq_dates')})`
        : params.add(dayOfText(asked)),
  };
}
