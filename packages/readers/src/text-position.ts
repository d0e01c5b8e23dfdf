/**
 * A position in decoded text: 1-based line, and 1-based column in UTF-16 code units of that line.
 * Lines end at LF (a CR before it belongs to the line's end), the rule of every reader
 * (docs/evaluation.md, "Bad input").
 *
 * @example
 * ```ts
 * const where: TextPosition = { line: 2, column: 5 };
 * ```
 */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * The one line and column counter of the readers: the position of index `to` of `text`, given
 * that index `from` is at position `at`. Every reader positions its problems with it (a row's
 * offset from the row's start, a CSV cell from its record's start), or with {@link LineCounter},
 * which keeps its state between chunks.
 *
 * @example
 * ```ts
 * positionAfter('{\n  "a": }', 0, 7, { line: 10, column: 1 }); // { line: 11, column: 6 }
 * ```
 */
export function positionAfter(text: string, from: number, to: number, at: TextPosition): TextPosition {
  let line = at.line;
  let lineStart = -1;
  for (let nl = text.indexOf('\n', from); nl >= 0 && nl < to; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return lineStart < 0 ? { line, column: at.column + (to - from) } : { line, column: to - lineStart + 1 };
}

/**
 * {@link positionAfter} for text that arrives in chunks and is dropped once read: it counts the
 * line breaks up to the furthest offset asked so far, once, and answers in absolute offsets (from
 * the start of the input), so a reader that keeps only the tail of the input still gets exact
 * positions. Offsets asked must not go back before text that was dropped.
 *
 * @example
 * ```ts
 * const counter = new LineCounter();
 * counter.locate('ab\ncd', 0, 4); // { line: 2, column: 2 }
 * counter.locate('d\nef', 4, 7);  // { line: 3, column: 2 } (the text now starts at offset 4)
 * ```
 */
export class LineCounter {
  private line = 1;
  /** The absolute offset where `line` starts. */
  private lineStart = 0;
  /** Line breaks before this absolute offset are counted. */
  private counted = 0;

  /** The position of absolute offset `at`, in `text`, which holds the input from absolute offset `base`. */
  locate(text: string, base: number, at: number): TextPosition {
    if (at > this.counted) {
      const from = Math.max(this.counted - base, 0);
      const end = positionAfter(text, from, at - base, { line: this.line, column: 1 });
      if (end.line > this.line) {
        this.line = end.line;
        this.lineStart = at - end.column + 1;
      }
      this.counted = at;
    }
    return { line: this.line, column: at - this.lineStart + 1 };
  }
}
