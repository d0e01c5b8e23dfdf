import { type Diagnostic } from '@pcaq/core';
import type { Row } from './types.js';
/**
 * How many bad rows are reported; the rest are counted only. A file with a systematic problem
 * would otherwise produce one diagnostic per row.
 *
 * @example
 * ```ts
 * evaluate(rows, {}).diagnostics.length <= MAX_ROW_DIAGNOSTICS; // true when only rows are bad
 * ```
 */
export declare const MAX_ROW_DIAGNOSTICS = 100;
/**
 * Checks and normalises rows one at a time (docs/evaluation.md, "Input tolerance"): `licenseActive` is
 * read as `licensesActive`, counts given as numeric strings become numbers, and a count that is
 * not a non-negative integer is a `PCAQ0501` diagnostic naming the row (a row that is not an
 * object, `PCAQ0502`). `check` returns the row to use (the same object when it needs no change,
 * else a normalised copy) or `undefined` for a bad row.
 *
 * @example
 * ```ts
 * const checker = new RowChecker();
 * checker.check({ licenseActive: '7' }, 1); // { licensesActive: 7 }
 * checker.check({ licensesActive: -3 }, 2); // undefined; checker.diagnostics[0].line === 2
 * ```
 */
export declare class RowChecker {
    /** The bad rows' diagnostics, the first {@link MAX_ROW_DIAGNOSTICS} of them. */
    readonly diagnostics: Diagnostic[];
    /** How many rows were bad, reported or not. */
    badRows: number;
    check(row: unknown, rowNumber: number): Row | undefined;
    /** The slow path: renames, converts, or reports the first bad count of the row. */
    private normalise;
    /**
     * Reports a row one of whose text fields nests deeper than the readers allow (`PCAQ0503`), found
     * while the filter or the group-by read it.
     */
    rejectTooDeep(rowNumber: number, row: Row): void;
    private reject;
}
//# sourceMappingURL=row-check.d.ts.map