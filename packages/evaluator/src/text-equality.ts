import { BoundedCache } from './bounded-cache.js';
import { foldCase } from './case-folding.js';
import type { RowValue } from './types.js';

/**
 * How deep a value built in code may nest in a text field: the readers' bound for JSON rows
 * (docs/evaluation.md, "Readers"), so rows from code and rows from files compare alike.
 *
 * @example
 * ```ts
 * MAX_VALUE_DEPTH; // 64
 * ```
 */
export const MAX_VALUE_DEPTH = 64;

/**
 * Raised by {@link textOf} for a value nested deeper than {@link MAX_VALUE_DEPTH}; the evaluation
 * turns it into a `PCAQ0503` diagnostic naming the row, so it never reaches a caller.
 *
 * @example
 * ```ts
 * try { textOf(deep as never); } catch (error) { if (error instanceof ValueTooDeep) skip(); }
 * ```
 */
export class ValueTooDeep extends Error {
  override readonly name = 'ValueTooDeep';
}

/**
 * The text a non-null row value is compared as: counts and other numbers by their digits; an
 * object or array (rows built in code, outside the row type) by its JSON text, as the readers
 * give a nested JSON value (docs/evaluation.md, "Input tolerance").
 *
 * @throws {@link ValueTooDeep} for an object or array nested deeper than {@link MAX_VALUE_DEPTH}
 * levels, never a stack overflow (the evaluation reports it as `PCAQ0503`).
 *
 * @example
 * ```ts
 * textOf(42); // '42'
 * textOf(['x'] as never); // '["x"]'
 * ```
 */
export function textOf(value: string | number | bigint | boolean): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) return jsonTextOf(value);
  return String(value);
}

function jsonTextOf(value: object): string {
  const stack: [object, number][] = [[value, 1]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth] = item;
    if (depth > MAX_VALUE_DEPTH) {
      throw new ValueTooDeep();
    }
    for (const child of Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push([child as object, depth + 1]);
    }
  }
  return JSON.stringify(value);
}

/**
 * A test "does this row value equal `literal`": exact, or ignoring case. Missing values (null,
 * undefined) never equal anything.
 *
 * Ignoring case must not cost a `toLowerCase()` per row: the answer is cached per distinct value
 * (rows read by `@pcaq/readers` share one string instance per distinct value, so the cache lookup
 * hashes each distinct string once). An exact match is checked first, for free. The cache is a
 * {@link BoundedCache}: memory stays flat however many distinct values the input has.
 *
 * @example
 * ```ts
 * const isReseller = createTextEquals('Reseller', true);
 * isReseller('reseller'); // true
 * isReseller(null);       // false
 * ```
 */
export function createTextEquals(literal: string, ignoreCase: boolean): (value: RowValue | undefined) => boolean {
  if (!ignoreCase) {
    return (value) => value === literal || (value != null && typeof value !== 'string' && textOf(value) === literal);
  }
  const target = foldCase(literal);
  const answers = new BoundedCache<string, boolean>();
  const slow = (value: string | number | bigint | boolean): boolean => {
    const text = textOf(value);
    const cached = answers.get(text);
    if (cached !== undefined) return cached;
    return answers.remember(text, foldCase(text) === target);
  };
  // Folding never changes a string's length (one code point to one of the same UTF-16 length;
  // tested over every code point), so a value of another length can never be equal. This check
  // answers most rows before any lookup (docs/evaluation.md, "Performance design").
  const targetLength = target.length;
  return (value) => {
    if (value === literal) return true;
    if (value == null) return false;
    if (typeof value === 'string') {
      if (value.length !== targetLength) return false;
      const cached = answers.get(value);
      if (cached !== undefined) return cached;
    }
    return slow(value);
  };
}

/**
 * A function from a row value to its canonical spelling: the first value seen that compares equal
 * to it (exactly, or ignoring case), so values that compare equal group together and the group
 * shows the first spelling. Missing values (null, undefined) all map to `null`. The table holds
 * one entry per distinct folded value; it is consulted only when a group index meets a raw value
 * for the first time, not per row.
 *
 * @example
 * ```ts
 * const canonical = createCanonicalValue(true);
 * canonical('SFB'); // 'SFB'
 * canonical('sfb'); // 'SFB'
 * canonical(undefined); // null
 * ```
 */
export function createCanonicalValue(ignoreCase: boolean): (value: RowValue | undefined) => RowValue {
  const firstByKey = new Map<string, RowValue>();
  return (value) => {
    if (value == null) return null;
    const text = textOf(value);
    const key = ignoreCase ? foldCase(text) : text;
    const first = firstByKey.get(key);
    if (first !== undefined) return first;
    firstByKey.set(key, value);
    return value;
  };
}
