import { problemText, type ProblemInit } from './read-problem.js';

/** Whether a UTF-16 code unit is JSON whitespace (space, tab, LF, CR). */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

const BACKSLASH = 92;

/**
 * The index of the `"` closing a JSON string whose text starts at `from` (just after the opening
 * quote), or -1 when it is not in `text` yet. Jumps with `indexOf` and counts the backslashes
 * before each quote: an odd number escapes it.
 *
 * @example
 * ```ts
 * stringEnd('"a\\"b" x', 1); // 5
 * ```
 */
export function stringEnd(text: string, from: number): number {
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return q;
    from = q + 1;
  }
}

/**
 * One row's JSON text and where it starts (1-based line and column).
 *
 * @example
 * ```ts
 * const element: JsonElement = { text: '{"workloadCode":"SPO"}', line: 3, column: 1 };
 * ```
 */
export interface JsonElement {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A problem in the structure around the rows (a missing `]`, text after the document...): unlike
 * a malformed row, it cannot be skipped.
 *
 * @example
 * ```ts
 * const splitter = new JsonSplitter();
 * try { splitter.end(); } catch (e) { if (e instanceof JsonStructureError) console.log(e.line, e.column); }
 * ```
 */
export class JsonStructureError extends Error {
  constructor(
    /** The problem, from one of the producers of `problems/`. */
    readonly init: ProblemInit,
    readonly line: number,
    readonly column: number,
  ) {
    super(problemText(init).message);
  }
}
