import { span, truncateText } from '@pcaq/core';
import { asText } from '../as-text.js';
import type { ParameterRule } from './parameter-rule.js';

// YYYY-MM-DD, or YYYY-MM-DDTHH:mm[:ss[.fff]] with an optional Z or ±hh:mm.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;

/**
 * PCAQ0403 (invalid-processed-date-time): `processedDateTime` is an ISO 8601 date (`2018-10-14`)
 * or date-time (`2018-10-14T00:00`, `2018-10-14T00:00:00`, `2018-10-14T00:00:00.000`, each with an
 * optional `Z` or `+hh:mm` / `-hh:mm`) naming a real calendar day and time: `2018-02-30` and
 * `T24:00` are invalid. Up to seven fraction digits are accepted, as .NET writes them
 * (docs/language.md, "The request"). The span covers the whole value.
 *
 * @example
 * ```ts
 * invalidProcessedDateTimeRule.read('2018-10-14T00:00:00Z').value;   // '2018-10-14T00:00:00Z'
 * invalidProcessedDateTimeRule.read('2018-02-30').problem?.code;     // 'PCAQ0403'
 * ```
 */
export const invalidProcessedDateTimeRule: ParameterRule<string> = {
  code: 'PCAQ0403',
  parameter: 'processedDateTime',
  read(given) {
    const text = asText(given);
    if (isIsoDateTime(text)) return { text, value: text };
    return { text, value: undefined, problem: { code: 'PCAQ0403', span: span(0, text.length), args: { value: truncateText(text, 60) }, source: 'processedDateTime' } };
  },
};

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
