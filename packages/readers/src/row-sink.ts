import { BadRow } from './bad-row.js';
import { RowReadError } from './read-error.js';
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
      this.problem({ file: this.file, line, column, code: row.code, message: row.message });
    } else {
      this.batch.push(row);
      this.rows++;
    }
  }

  /** Reports a problem with one row: skipped, or raised. */
  problem(problem: ReadProblem): void {
    if (!this.skipBadRows) throw new RowReadError(problem);
    this.skipped++;
    this.onSkip?.(problem);
  }

  /** Reports a problem in the structure of the input: it ends the read, whatever `skipBadRows` says. */
  fatal(problem: Omit<ReadProblem, 'file'>): never {
    throw new RowReadError({ file: this.file, ...problem });
  }

  /** Hands the batch over and starts a new one. */
  take(): ReadRow[] {
    const batch = this.batch;
    this.batch = [];
    return batch;
  }
}
