import type { RowValue } from '@pcaq/core';

const DIGITS = /^-?\d+$/;

/**
 * A count as the evaluator gives it: a number while it is a safe integer, a `bigint` past
 * 2^53 - 1, never a rounded float. Engines hand exact integers over as `bigint` (DuckDB's
 * HUGEINT/BIGINT) or as decimal text (PostgreSQL's NUMERIC and BIGINT through `pg`).
 *
 * @example
 * ```ts
 * exactInteger(12n);                     // 12
 * exactInteger('12345678901234567890'); // 12345678901234567890n
 * exactInteger(null);                    // null
 * ```
 */
export function exactInteger(value: unknown): number | bigint | null {
  if (value === null || value === undefined) return null;
  let big: bigint;
  if (typeof value === 'bigint') big = value;
  else if (typeof value === 'number') return value;
  else if (typeof value === 'string' && DIGITS.test(value)) big = BigInt(value);
  else throw new TypeError(`not an exact integer from the engine: ${String(value)}`);
  return big <= BigInt(Number.MAX_SAFE_INTEGER) && big >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

/**
 * A text column's value: text or NULL (anything else an engine returns is given as its text).
 *
 * @example
 * ```ts
 * textValue('SFB'); // 'SFB'
 * textValue(null);  // null
 * ```
 */
export function textValue(value: unknown): RowValue {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : String(value);
}
