import { booleanLiteral, dateTimeLiteral } from '@pcaq/core';
import { printLiteral, printStringLiteral } from '@pcaq/printer';
import { dateText } from './date-text.js';

/**
 * What one interpolation of a template tag is written as (docs/builder.md, "The template tag"):
 * `string` a string's literal; `typed` a boolean's or a date's own literal, with `plain`, its text
 * as a string would hold it (`true`, `2018-01-01T00:00:00.000Z`); `none` a value that is no
 * literal (a number, an object, `null`), written `''` and reported as PCAQ0109.
 */
export type HoleLiteral =
  | { readonly kind: 'string'; readonly text: string; readonly value: unknown }
  | { readonly kind: 'typed'; readonly text: string; readonly plain: string; readonly value: unknown }
  | { readonly kind: 'none'; readonly text: string; readonly value: unknown };

/**
 * The literal an interpolated value becomes. With `typedValues` (the endpoint form) a `boolean` is
 * `true`/`false` and a `Date` is `cast('<toISOString()>', Edm.DateTimeOffset)`; an invalid `Date`
 * keeps the text `Invalid Date` so that the checker reports PCAQ0209 at the interpolation, as
 * `whereOn` does. Never throws, whatever a JavaScript caller passes (a proxy, a `Date` whose
 * methods were replaced).
 */
export function holeLiteral(value: unknown, typedValues: boolean): HoleLiteral {
  if (typeof value === 'string') return { kind: 'string', text: printStringLiteral(value), value };
  if (typedValues && typeof value === 'boolean') return { kind: 'typed', text: printLiteral(booleanLiteral(value)), plain: String(value), value };
  const date = typedValues ? dateText(value) : undefined;
  if (date !== undefined) return { kind: 'typed', text: printLiteral(dateTimeLiteral(date, 'cast')), plain: date, value };
  return { kind: 'none', text: "''", value };
}
