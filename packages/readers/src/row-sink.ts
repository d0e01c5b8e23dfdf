import { BadRow } from './bad-row.js';
import { RowReadError } from './read-error.js';
import { problemText, type ProblemInit } from './read-problem.js';
import type { ReadProblem, ReadRow } from './types.js';

/**
 * Where a format's reader puts what it read: good rows into the current batch, bad ones reported
 * (and skipped with `skipBadRows`, else raised as a {@link RowReadError}).
 */
export class RowSink {
  batch: ReadRow[] = [];
  rows = 0;
  skipped = 0;

  constructor(
    readonly file: string,
    private readonly skipBadRows: boolean,
    private readonly onSkip: ((problem: ReadProblem) => void) | undefined,
  ) {}

  /** Adds a built row, or reports the problem a row builder returned instead. */
  accept(row: ReadRow | BadRow, line: number, column: number): void {
    if (row instanceof BadRow) {
      this.problem({ line, column }, row.init);
    } else {
      this.batch.push(row);
      this.rows++;
    }
  }

  /** Reports a problem with one row: skipped, or raised. */
  problem(at: { readonly line: number; readonly column: number }, init: ProblemInit): void {
    const problem = this.located(at, init);
    if (!this.skipBadRows) throw new RowReadError(problem);
    this.skipped++;
    this.onSkip?.(problem);
  }

  /** Reports a problem in the structure of the input: it ends the read, whatever `skipBadRows` says. */
  fatal(at: { readonly line: number; readonly column: number }, init: ProblemInit): never {
    throw new RowReadError(this.located(at, init));
  }

  /** Hands the batch over and starts a new one. */
  take(): ReadRow[] {
    const batch = this.batch;
    this.batch = [];
    return batch;
  }

  private located(at: { readonly line: number; readonly column: number }, init: ProblemInit): ReadProblem {
    return { file: this.file, line: at.line, column: at.column, code: init.code, ...problemText(init) };
  }
}
