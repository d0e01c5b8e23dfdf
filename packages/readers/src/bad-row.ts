import type { ProblemInit } from './read-problem.js';

/**
 * A row-level problem before the reader knows where it is: row builders return it instead of a
 * row (cheaper than a wrapper object per good row) and the format's reader adds file and
 * position. `offset` is where in the row's text the problem is, when the builder knows.
 */
export class BadRow {
  constructor(
    readonly init: ProblemInit,
    readonly offset = 0,
  ) {}
}
