import type { Diagnostic, RowShape } from '@pcaq/core';
import type { RowPredicate } from './compile-filter.js';
import { createDayCache } from './processed-date.js';
import type { Paging, ResultCollector } from './result-collector.js';
import { RowChecker } from './row-check.js';
import { ValueTooDeep } from './text-equality.js';
import type { EvaluationResult, Row, RowValue } from './types.js';

/**
 * One run of a compiled query, fed a row at a time: `push` every row, then `finish`. It is the
 * single engine behind the in-memory and the streaming entry points, so they cannot disagree.
 *
 * @example
 * ```ts
 * declare const compiled: CompiledQuery;
 * declare const rows: Row[];
 * const run = compiled.start();
 * for (const row of rows) run.push(row);
 * const result = run.finish(); // value, totalCount, nextLink
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
  /** The link to the page after this one for a result of `totalCount` rows, or null (one builder: `@pcaq/printer`'s `nextLink`). */
  readonly nextLink: (totalCount: number) => string | null;
  readonly emit: ((row: Row) => void) | undefined;
  /** The schema's row shape: which fields are counts and which spellings are aliases (docs/evaluation.md, "Rows"). */
  readonly shape: RowShape;
  /** Whether one snapshot is picked by `processedDateTime`; false keeps every row (docs/evaluation.md, "Snapshot selection"). */
  readonly snapshot: boolean;
  /**
   * The fields the filter reads, when a row may be normalised in full only after passing it
   * (docs/evaluation.md, "Performance design"); undefined normalises every row before the filter.
   */
  readonly filterFields: ReadonlySet<string> | undefined;
}

const UNSEEN: unique symbol = Symbol('unseen');

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
export function createEvaluation(plan: EvaluationPlan): Evaluation {
  return new EvaluationRun(plan);
}

/**
 * The run itself: a class, so that `push` is one function for every run and every compiled query;
 * a closure made per run would make each later query's call sites see new functions, and V8 then
 * stops inlining them (docs/evaluation.md, "Performance design").
 */
class EvaluationRun implements Evaluation {
  private readonly filter: RowPredicate | undefined;
  private readonly collector: ResultCollector;
  private readonly checker: RowChecker;
  private readonly dayOf = createDayCache();
  private readonly snapshot: boolean;
  private day: string | undefined;
  // Rows of one snapshot share one date-time string, and readers give each distinct string one
  // instance: comparing with the previous row's value skips the day lookup for most rows.
  private previousRaw: RowValue | undefined | typeof UNSEEN = UNSEEN;
  private previousAdmitted = false;
  private rowNumber = 0;

  constructor(private readonly plan: EvaluationPlan) {
    this.filter = plan.filter;
    this.collector = plan.collector;
    this.snapshot = plan.snapshot;
    this.day = plan.day;
    const readFirst = plan.filterFields && (plan.snapshot ? new Set([...plan.filterFields, 'processedDateTime']) : plan.filterFields);
    this.checker = new RowChecker(plan.shape, readFirst);
  }

  push(input: Row): void {
    const checker = this.checker;
    const rowNumber = ++this.rowNumber;
    const row = checker.check(input, rowNumber);
    // After a bad row the result is void: rows are still checked, to report every bad one.
    if (row === undefined || checker.badRows > 0) return;
    const raw = this.snapshot ? row.processedDateTime : undefined;
    if (raw !== this.previousRaw) {
      this.previousRaw = raw;
      this.previousAdmitted = this.admit(raw);
    }
    if (!this.previousAdmitted) return;
    try {
      const filter = this.filter;
      if (filter !== undefined && !filter(row)) return;
      // Only a row the result keeps is normalised in full; one past the page is only counted.
      const collector = this.collector;
      collector.add(collector.keepsNext() ? checker.complete(row, rowNumber) : row);
    } catch (error) {
      // A value from code nested deeper than the readers allow: the row is reported, never a stack overflow.
      if (!(error instanceof ValueTooDeep)) throw error;
      checker.rejectTooDeep(rowNumber, row);
    }
  }

  get diagnostics(): readonly Diagnostic[] {
    return this.checker.diagnostics;
  }

  finish(): EvaluationResult {
    if (this.checker.badRows > 0) return { value: [], totalCount: 0, nextLink: null };
    const totalCount = this.collector.total();
    const value: Row[] = [];
    this.collector.finish(this.plan.emit ?? ((row) => value.push(row)));
    return { value, totalCount, nextLink: this.plan.nextLink(totalCount) };
  }

  private admit(raw: RowValue | undefined): boolean {
    const rowDay = this.dayOf(raw);
    if (rowDay === this.day) return true;
    if (this.plan.day !== undefined) return false;
    if (this.day !== undefined && rowDay < this.day) return false;
    this.day = rowDay;
    this.collector.reset();
    return true;
  }
}
