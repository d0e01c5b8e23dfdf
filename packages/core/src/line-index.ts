import type { LineColumn } from './span.js';

/**
 * The line starts of a text, found once, so that the line and column of any number of offsets
 * cost a binary search each instead of a scan from the start of the text (thousands of
 * diagnostics in one long text would otherwise cost time quadratic in its length). Same rules as
 * `lineColumnAt`: lines end at LF, CR LF or a lone CR; both are 1-based.
 *
 * @example
 * ```ts
 * const index = new LineIndex("a eq 'x'\nor b eq 'y'");
 * index.at(9); // { line: 2, column: 1 }
 * ```
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  private readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* LF */ || (c === 13 /* CR */ && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** The line and column of `offset`, clamped to the text. */
  at(offset: number): LineColumn {
    const end = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, this.length));
    const { starts } = this;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= end) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: end - (starts[low] as number) + 1 };
  }
}
