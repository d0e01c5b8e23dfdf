const INTEGER = /^\s*-?\d+\s*$/;
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
export class ExactSum {
    /** The part of the total held as a number, always a safe integer. */
    small = 0;
    /** The part of the total held as a bigint, once the total outgrew numbers. */
    big = null;
    /**
     * Adds one count. Missing counts (null, undefined) add nothing. Every count reaching a run has
     * been checked (`RowChecker`: a non-negative safe integer or bigint); a string of digits still
     * adds exactly and other values add nothing, so direct callers cannot make it throw.
     */
    add(count) {
        if (typeof count === 'number') {
            const total = this.small + count;
            if (total <= Number.MAX_SAFE_INTEGER && total >= -Number.MAX_SAFE_INTEGER)
                this.small = total;
            else if (Number.isInteger(count))
                this.addBig(BigInt(count));
            else
                this.small = total; // not a count at all; the row check never lets one through
        }
        else if (typeof count === 'bigint') {
            this.addBig(count);
        }
        else if (typeof count === 'string' && INTEGER.test(count)) {
            this.addBig(BigInt(count));
        }
    }
    /** The total: a number while it is a safe integer, else a bigint. */
    value() {
        if (this.big === null)
            return this.small;
        const total = this.big + BigInt(this.small);
        return total <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(total) : total;
    }
    addBig(count) {
        this.big = (this.big ?? 0n) + BigInt(this.small) + count;
        this.small = 0;
    }
}
//# sourceMappingURL=exact-sum.js.map