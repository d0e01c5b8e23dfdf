import { asText } from './as-text.js';
import type { ScalarCheck } from './paging-parameters.js';

// YYYY-MM-DD, or YYYY-MM-DDTHH:mm[:ss[.fff]] with an optional Z or ±hh:mm.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;

/**
 * `processedDateTime`: an ISO 8601 date (`2018-10-14`) or date-time (`2018-10-14T00:00`,
 * `2018-10-14T00:00:00`, `2018-10-14T00:00:00.000`, each with an optional `Z` or `+hh:mm` /
 * `-hh:mm`) naming a real calendar day and time: `2018-02-30` and `T24:00` are invalid. Up to
 * seven fraction digits are accepted, as .NET writes them.
 *
 * @example
 * ```ts
 * checkProcessedDateTime('2018-10-14T00:00:00Z').value; // '2018-10-14T00:00:00Z'
 * checkProcessedDateTime('2018-02-30').value;           // undefined
 * ```
 */
export function checkProcessedDateTime(given: unknown): ScalarCheck<string> {
  const text = asText(given);
  return { text, value: isIsoDateTime(text) ? text : undefined, code: 'PCAQ0403' };
}

function isIsoDateTime(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [, y, mo, d, h = '0', mi = '0', s = '0', oh = '0', om = '0'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  return (
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    Number(h) <= 23 &&
    Number(mi) <= 59 &&
    Number(s) <= 59 &&
    Number(oh) <= 14 &&
    Number(om) <= 59
  );
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
