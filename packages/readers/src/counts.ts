// One implementation of count reading and of the `licenseActive` alias serves the readers and the
// evaluator (rows built in code), so a file and an in-memory array are read alike.
import { LICENSE_USAGE_SCHEMA, rowShape } from '@pcaq/core';

export { canonicalFieldName, NOT_A_COUNT, readCount } from '@pcaq/core';
/** The count fields of a licence-usage row (docs/evaluation.md, "Rows"). */
export const COUNT_FIELDS: ReadonlySet<string> = rowShape(LICENSE_USAGE_SCHEMA).countFields;

/**
 * The message of an `invalid-count` problem; `shown` is the value as written in the input (a
 * JSON number's own text, never a rounded double; a string quoted).
 *
 * @example
 * ```ts
 * invalidCountMessage('licensesActive', '1e3'); // "licensesActive must be a non-negative integer written in digits; found 1e3"
 * ```
 */
export function invalidCountMessage(field: string, shown: string): string {
  return `${field} must be a non-negative integer written in digits; found ${shown}`;
}
