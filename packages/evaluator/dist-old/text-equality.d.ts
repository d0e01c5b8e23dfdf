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
export declare const MAX_VALUE_DEPTH = 64;
/**
 * Raised by {@link textOf} for a value nested deeper than {@link MAX_VALUE_DEPTH}; the evaluation
 * turns it into a `PCAQ0503` diagnostic naming the row, so it never reaches a caller.
 *
 * @example
 * ```ts
 * try { textOf(deep as never); } catch (error) { if (error instanceof ValueTooDeep) skip(); }
 * ```
 */
export declare class ValueTooDeep extends Error {
    readonly name = "ValueTooDeep";
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
export declare function textOf(value: string | number | bigint): string;
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
export declare function createTextEquals(literal: string, ignoreCase: boolean): (value: RowValue | undefined) => boolean;
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
export declare function createCanonicalValue(ignoreCase: boolean): (value: RowValue | undefined) => RowValue;
//# sourceMappingURL=text-equality.d.ts.map