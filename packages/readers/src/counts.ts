import { showValue } from '@pcaq/evaluator';

// One implementation of count reading and of the `licenseActive` alias serves the readers and the
// evaluator (rows built in code), so a file and an in-memory array are read alike.
export { canonicalFieldName, COUNT_FIELDS, NOT_A_COUNT, readCount } from '@pcaq/evaluator';

/**
 * The message of an `invalid-count` problem.
 *
 * @example
 * ```ts
 * invalidCountMessage('licensesActive', -1); // "licensesActive is not a non-negative integer: -1"
 * ```
 */
export function invalidCountMessage(field: string, value: unknown): string {
  return `${field} is not a non-negative integer: ${showValue(value)}`;
}
