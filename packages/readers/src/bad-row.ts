import type { ReadProblemCode } from './types.js';

/**
 * A row-level problem before the reader knows where it is: row builders return it instead of a
 * row (cheaper than a wrapper object per good row) and the format's reader adds file and
 * position. `offset` is where in the row's text the problem is, when the builder knows.
 */
export class BadRow {
  constructor(
    readonly code: ReadProblemCode,
    readonly message: string,
    readonly offset = 0,
  ) {}
}
