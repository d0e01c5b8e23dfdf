import type { RowValue } from './types.js';
/**
 * The day a processed date-time falls on, as `YYYY-MM-DD`, used to pick one snapshot of the data
 * (docs/evaluation.md, "Snapshot selection (`processedDateTime`)": day precision). **Decision:** the day is the calendar date as written, with no
 * time-zone conversion (`2018-10-14T23:00:00-05:00` is on `2018-10-14`). A missing value, or one
 * that does not start with an ISO 8601 date, gives the empty string, which sorts before every
 * day: such undated rows are used only when no row of the data is dated.
 *
 * @example
 * ```ts
 * processedDay('2018-10-14T00:00:00'); // '2018-10-14'
 * processedDay(null);                  // ''
 * ```
 */
export declare function processedDay(value: RowValue | undefined): string;
/**
 * A cached {@link processedDay}: rows share few distinct date-time strings, so each is parsed once.
 *
 * @example
 * ```ts
 * const dayOf = createDayCache();
 * dayOf('2018-10-14T00:00:00'); // '2018-10-14'
 * ```
 */
export declare function createDayCache(): (value: RowValue | undefined) => string;
/**
 * The latest processed day among rows, or `undefined` when there are no rows. This is the first
 * of the two passes `evaluate` makes over an array when no date is asked for; it compares each
 * row's value with the previous one first, since rows of one snapshot usually come together.
 *
 * @example
 * ```ts
 * latestProcessedDay([{ processedDateTime: '2018-10-14T00:00:00' }, { processedDateTime: '2018-10-15T00:00:00' }]); // '2018-10-15'
 * ```
 */
export declare function latestProcessedDay(rows: Iterable<{
    readonly processedDateTime?: RowValue | undefined;
}>): string | undefined;
//# sourceMappingURL=processed-date.d.ts.map