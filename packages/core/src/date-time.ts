/**
 * The ISO 8601 forms the filter language reads as dates (docs/language.md, "Dates"): a date
 * `2018-01-01`, or a date and time `2018-01-01T10:20`, `...T10:20:30`, `...T10:20:30.1234567`,
 * each with an optional `Z` or `+hh:mm`/`-hh:mm` offset.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The instant an ISO 8601 date or date-time names, in milliseconds since 1970-01-01T00:00:00Z, or
 * undefined when the text is not one of the forms of docs/language.md, "Dates", names no day of
 * the calendar (`2018-02-30`), has an offset past 14 hours or names an instant outside
 * Edm.DateTimeOffset's range, 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.9999999Z (year 0000,
 * `9999-12-31T23:00:00-05:00`). A value without an offset is UTC; digits of a second past the
 * millisecond are dropped (docs/evaluation.md, "Dates").
 *
 * @example
 * ```ts
 * parseDateTime('2018-01-01');                 // 1514764800000
 * parseDateTime('2018-01-01T01:00:00+01:00');  // 1514764800000
 * parseDateTime('2018-02-30');                 // undefined
 * parseDateTime('0000-01-01');                 // undefined
 * ```
 */
export function parseDateTime(text: string): number | undefined {
  if (typeof text !== 'string' || text.length > 40) return undefined;
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  const millis = Number((m[7] ?? '').slice(0, 3).padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offset = 0;
  const zone = m[8];
  if (zone !== undefined && zone !== 'Z') {
    const hours = Number(zone.slice(1, 3));
    const minutes = Number(zone.slice(4, 6));
    if (minutes > 59 || hours * 60 + minutes > MAX_OFFSET_MINUTES) return undefined;
    offset = (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear keeps the year as written.
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millis));
  date.setUTCFullYear(year);
  const instant = date.getTime() - offset * 60_000;
  return withinServiceDates(instant) ? instant : undefined;
}

/** The largest offset Edm.DateTimeOffset holds, 14 hours, in minutes. */
const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * Whether text is an ISO 8601 date or date-time the language reads (see {@link parseDateTime}).
 *
 * @example
 * ```ts
 * isDateTimeText('2018-01-01T00:00:00Z'); // true
 * isDateTimeText('yesterday');            // false
 * ```
 */
export function isDateTimeText(text: string): boolean {
  return parseDateTime(text) !== undefined;
}

/**
 * The instants a date of the service can name, first and last: Edm.DateTimeOffset's range,
 * 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z, the years written with four digits
 * (docs/language.md, "Dates"). `parseDateTime` reads no instant outside it, and the SQL engines
 * read dates to the same range.
 *
 * @example
 * ```ts
 * SERVICE_DATE_RANGE.first === parseDateTime('0001-01-01'); // true
 * ```
 */
export const SERVICE_DATE_RANGE: { readonly first: number; readonly last: number } = Object.freeze({
  first: -62_135_596_800_000, // 0001-01-01T00:00:00Z
  last: 253_402_300_799_999, // 9999-12-31T23:59:59.999Z
});

/**
 * Whether an instant (milliseconds since 1970-01-01T00:00:00Z) lies within the service's dates,
 * {@link SERVICE_DATE_RANGE}: the one test `parseDateTime` applies.
 *
 * @example
 * ```ts
 * withinServiceDates(Date.UTC(2018, 0, 1));          // true
 * withinServiceDates(SERVICE_DATE_RANGE.first - 1);  // false: 0000-12-31T23:59:59.999Z
 * ```
 */
export function withinServiceDates(instant: number): boolean {
  return typeof instant === 'number' && instant >= SERVICE_DATE_RANGE.first && instant <= SERVICE_DATE_RANGE.last;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
