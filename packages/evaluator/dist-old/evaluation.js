import { createDayCache } from './processed-date.js';
import { RowChecker } from './row-check.js';
import { ValueTooDeep } from './text-equality.js';
const UNSEEN = Symbol('unseen');
/**
 * Creates a run. Snapshot selection happens here: with a fixed day, rows of other days are
 * dropped; otherwise the run keeps state for the latest day seen so far only, and starts over
 * (`collector.reset()`) when a later day appears. That is the one-pass design of the
 * default (docs/evaluation.md, "Streaming and memory"): memory holds one day's page or groups,
 * never the input.
 *
 * @example
 * ```ts
 * const run = createEvaluation(plan);
 * run.push(row);
 * run.finish();
 * ```
 */
export function createEvaluation(plan) {
    const { filter, collector, paging, nextLink, emit } = plan;
    const dayOf = createDayCache();
    let day = plan.day;
    // Rows of one snapshot share one date-time string, and readers give each distinct string one
    // instance: comparing with the previous row's value skips the day lookup for most rows.
    let previousRaw = UNSEEN;
    let previousAdmitted = false;
    const admit = (raw) => {
        const rowDay = dayOf(raw);
        if (rowDay === day)
            return true;
        if (plan.day !== undefined)
            return false;
        if (day !== undefined && rowDay < day)
            return false;
        day = rowDay;
        collector.reset();
        return true;
    };
    const checker = new RowChecker();
    let rowNumber = 0;
    return {
        push(input) {
            const row = checker.check(input, ++rowNumber);
            // After a bad row the result is void: rows are still checked, to report every bad one.
            if (row === undefined || checker.badRows > 0)
                return;
            const raw = row.processedDateTime;
            if (raw !== previousRaw) {
                previousRaw = raw;
                previousAdmitted = admit(raw);
            }
            if (!previousAdmitted)
                return;
            try {
                if (filter !== undefined && !filter(row))
                    return;
                collector.add(row);
            }
            catch (error) {
                // A value from code nested deeper than the readers allow: the row is reported, never a stack overflow.
                if (!(error instanceof ValueTooDeep))
                    throw error;
                checker.rejectTooDeep(rowNumber, row);
            }
        },
        get diagnostics() {
            return checker.diagnostics;
        },
        finish() {
            if (checker.badRows > 0)
                return { value: [], totalCount: 0, nextLink: null };
            const totalCount = collector.total();
            const value = [];
            collector.finish(emit ?? ((row) => value.push(row)));
            const next = paging.skip + paging.top;
            return { value, totalCount, nextLink: !paging.all && next < totalCount ? nextLink(next) : null };
        },
    };
}
//# sourceMappingURL=evaluation.js.map