import { createDiagnostic, LICENSE_USAGE_SCHEMA, rowShape } from '@pcaq/core';
import { canonicalFieldName, COUNT_FIELDS, NOT_A_COUNT, readCount, showValue } from './counts.js';
import { describeInput } from './row-source.js';
import { MAX_VALUE_DEPTH, textOf, ValueTooDeep } from './text-equality.js';
// The licence-usage rows until the readers and the evaluator take a schema (docs/evaluation.md, "Rows").
const LICENSE_ROW_SHAPE = rowShape(LICENSE_USAGE_SCHEMA);
/**
 * How many bad rows are reported; the rest are counted only. A file with a systematic problem
 * would otherwise produce one diagnostic per row.
 *
 * @example
 * ```ts
 * evaluate(rows, {}).diagnostics.length <= MAX_ROW_DIAGNOSTICS; // true when only rows are bad
 * ```
 */
export const MAX_ROW_DIAGNOSTICS = 100;
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
export class RowChecker {
    /** The bad rows' diagnostics, the first {@link MAX_ROW_DIAGNOSTICS} of them. */
    diagnostics = [];
    /** How many rows were bad, reported or not. */
    badRows = 0;
    check(row, rowNumber) {
        if (typeof row !== 'object' || row === null)
            return this.reject(rowNumber, 'PCAQ0502', { found: `${describeInput(row)} as row ${rowNumber}` });
        const candidate = row;
        const active = candidate.licensesActive;
        const qualified = candidate.licensesQualified;
        // The fast path, every clean row: counts are safe non-negative integers or missing, and the
        // page's spelling `licenseActive` is not in play. A few property reads and comparisons.
        if ((typeof active === 'number' ? active >= 0 && active <= Number.MAX_SAFE_INTEGER && active % 1 === 0 : active == null) &&
            (typeof qualified === 'number' ? qualified >= 0 && qualified <= Number.MAX_SAFE_INTEGER && qualified % 1 === 0 : qualified == null) &&
            (active !== undefined || candidate.licenseActive === undefined)) {
            return candidate;
        }
        return this.normalise(candidate, rowNumber);
    }
    /** The slow path: renames, converts, or reports the first bad count of the row. */
    normalise(row, rowNumber) {
        const copy = {};
        let changed = false;
        for (const key of Object.keys(row)) {
            const name = canonicalFieldName(LICENSE_ROW_SHAPE, key, (field) => row[field] !== undefined);
            const value = row[key];
            if (!COUNT_FIELDS.has(name)) {
                copy[name] = value;
                continue;
            }
            const count = readCount(value);
            if (count === NOT_A_COUNT)
                return this.reject(rowNumber, 'PCAQ0501', { row: rowNumber, field: key, value: showValue(value) });
            // `{ licensesActive: undefined, licenseActive: 3 }`: the undefined key must not hide the 3.
            if (count !== undefined || !Object.hasOwn(copy, name))
                copy[name] = count;
            if (name !== key || count !== value)
                changed = true;
        }
        return changed ? copy : row;
    }
    /**
     * Reports a row one of whose text fields nests deeper than the readers allow (`PCAQ0503`), found
     * while the filter or the group-by read it.
     */
    rejectTooDeep(rowNumber, row) {
        const field = Object.keys(row).find((key) => isTooDeep(row[key])) ?? 'a field';
        this.reject(rowNumber, 'PCAQ0503', { row: rowNumber, field, limit: MAX_VALUE_DEPTH });
    }
    reject(rowNumber, code, args) {
        this.badRows++;
        if (this.diagnostics.length < MAX_ROW_DIAGNOSTICS) {
            // Rows have no text of their own: `line` is the 1-based row number, column 1, span {0,0}.
            const diagnostic = createDiagnostic('', { code, span: { start: 0, end: 0 }, args });
            this.diagnostics.push({ ...diagnostic, line: rowNumber });
        }
        return undefined;
    }
}
function isTooDeep(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    try {
        textOf(value);
        return false;
    }
    catch (error) {
        if (error instanceof ValueTooDeep)
            return true;
        throw error;
    }
}
//# sourceMappingURL=row-check.js.map