import type { RowValue } from './types.js';
/**
 * An exact running total of licence counts. It adds plain numbers while the total stays a safe
 * integer (the fast path: one addition and one comparison) and moves the total into a `bigint`
 * only when it would pass 2^53 - 1, so it never rounds.
 *
 * @example
 * ```ts
 * const sum = new ExactSum();
 * sum.add(Number.MAX_SAFE_INTEGER);
 * sum.add(2);
 * sum.value(); // 9007199254740993n
 * ```
 */
export declare class ExactSum {
    /** The part of the total held as a number, always a safe integer. */
    private small;
    /** The part of the total held as a bigint, once the total outgrew numbers. */
    private big;
    /**
     * Adds one count. Missing counts (null, undefined) add nothing. Every count reaching a run has
     * been checked (`RowChecker`: a non-negative safe integer or bigint); a string of digits still
     * adds exactly and other values add nothing, so direct callers cannot make it throw.
     */
    add(count: RowValue | undefined): void;
    /** The total: a number while it is a safe integer, else a bigint. */
    value(): number | bigint;
    private addBig;
}
//# sourceMappingURL=exact-sum.d.ts.map