import type { Diagnostic } from '@pcaq/core';
import type { RowPredicate } from './compile-filter.js';
import type { Paging, ResultCollector } from './result-collector.js';
import type { EvaluationResult, Row } from './types.js';
/**
 * One run of a compiled query, fed a row at a time: `push` every row, then `finish`. It is the
 * single engine behind the in-memory and the streaming entry points, so they cannot disagree.
 *
 * @example
 * ```ts
 * const run = compiled.start();
 * for (const row of rows) run.push(row);
 * const { value, totalCount, nextLink } = run.finish();
 * ```
 */
export interface Evaluation {
    /**
     * Adds the next row. A row is checked first (docs/evaluation.md, "Input tolerance"): `licenseActive` is read as
     * `licensesActive`, numeric-string counts as numbers; a bad count or a row that is not an
     * object is recorded in `diagnostics`, never thrown.
     */
    push(row: Row): void;
    /** The bad rows found so far (`PCAQ0501`, `PCAQ0502`), line = 1-based row number; at most 100. */
    readonly diagnostics: readonly Diagnostic[];
    /**
     * Ends the run. When any row was bad the result is empty (no rows, `totalCount` 0, no
     * `nextLink`) rather than wrong totals: check `diagnostics`. Rows already handed to `onRow`
     * before a bad row was met cannot be taken back.
     */
    finish(): EvaluationResult;
}
/** What {@link createEvaluation} needs; `day` undefined means "the latest day in the rows". */
export interface EvaluationPlan {
    readonly filter: RowPredicate | undefined;
    readonly collector: ResultCollector;
    readonly paging: Paging;
    readonly day: string | undefined;
    readonly nextLink: (skip: number) => string;
    readonly emit: ((row: Row) => void) | undefined;
}
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
export declare function createEvaluation(plan: EvaluationPlan): Evaluation;
//# sourceMappingURL=evaluation.d.ts.map