import { syntaxDetail } from './syntax-detail.js';
import { positionAfter, type TextPosition } from './text-position.js';

export type { TextPosition } from './text-position.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The longest row accepted, in characters: a CSV record (or line), an NDJSON line, a JSON row. A
 * license-usage row is about 200; one that runs on past 1 MiB is an unclosed quote or not rows at
 * all, and holding it would make memory grow with the file (docs/evaluation.md, "Limits").
 *
 * @example
 * ```ts
 * MAX_RECORD_CHARS; // 1048576
 * ```
 */
export const MAX_RECORD_CHARS = 1 << 20;

/**
 * What a {@link CsvSplitter} hands on: records, and syntax errors with their position.
 *
 * @example
 * ```ts
 * const events: CsvSplitterEvents = { record: (cells, line) => console.log(line, cells), syntaxError: (at, message) => console.error(at.line, at.column, message) };
 * ```
 */
export interface CsvSplitterEvents {
  /** A record's cells (quotes removed) and the line it starts on. */
  record(cells: string[], line: number): void;
  /** A record that breaks the quoting rules; the splitter goes on after it (docs/evaluation.md). */
  syntaxError(where: TextPosition, message: string): void;
}

/** A syntax error recovers by dropping text up to here and going on with what follows. */
interface Resume {
  /** The index just after the line break that ends the bad record, or -1 when not in the text yet. */
  readonly after: number;
  readonly line: number;
}

/**
 * Splits CSV text into records as it arrives, chunk by chunk: RFC 4180 quoting (a quoted cell may
 * hold delimiters, `""` and line breaks), LF or CR LF, empty lines ignored. The delimiter is a
 * comma, or a tab when the first line holds tabs and no comma (Excel's "Unicode text").
 *
 * Built for speed on the common case: a line without a quote is cut with `indexOf` and the native
 * `split`; only a line holding a quote is walked cell by cell. Every quoting mistake is reported
 * with its line and column and the splitter resumes at the next record, so each bad record can be
 * skipped: a quote inside an unquoted cell (`x"y`), text after a closing quote (`"ab"c`), a quoted
 * cell that is never closed, a record longer than {@link MAX_RECORD_CHARS}.
 *
 * @example
 * ```ts
 * const splitter = new CsvSplitter({ record: (cells, line) => console.log(line, cells), syntaxError: (at, m) => console.error(at, m) });
 * splitter.feed('a,b\n"x,1",');  // logs 1 ['a', 'b']
 * splitter.feed('2\n');          // logs 2 ['x,1', '2']
 * splitter.end();
 * ```
 */
export class CsvSplitter {
  private buf = '';
  /** The line of `buf[0]`, which is always the start of a line. */
  private line = 1;
  private delimiter = '';
  private delimiterCode = -1;
  /** Dropping text up to the next line break (recovering from a record that was too long). */
  private discarding = false;
  // The record being handed on, so that the positions of its cells can be found on demand.
  private recordText = '';
  private recordStart = 0;
  private recordLine = 1;

  constructor(private readonly events: CsvSplitterEvents) {}

  /** Adds the next piece of text; complete records are handed on at once. */
  feed(text: string): void {
    this.buf = this.buf === '' ? text : this.buf + text;
    this.run(false);
  }

  /** Ends the input: the last record may lack its line break; an open quote is an error. */
  end(): void {
    this.run(true);
  }

  /**
   * The position of the text not read yet (for an error found by the decoder, which stops at the
   * first byte that is not text).
   *
   * @example
   * ```ts
   * splitter.feed('a,b\nCaf'); splitter.endPosition(); // { line: 2, column: 4 }
   * ```
   */
  endPosition(): TextPosition {
    return positionAfter(this.buf, 0, this.buf.length, { line: this.line, column: 1 });
  }

  /**
   * Where cell `index` of the record being handed on starts (`index` = the cell count: where the
   * record ends). Only valid inside the `record` callback; walks the record again, so it is meant
   * for error reports.
   *
   * @example
   * ```ts
   * const splitter = new CsvSplitter({ record: (cells) => console.log(splitter.cellPosition(1)), syntaxError: () => {} });
   * splitter.feed('a,"b"\n'); // logs { line: 1, column: 3 }
   * ```
   */
  cellPosition(index: number): TextPosition {
    const text = this.recordText;
    let p = this.recordStart;
    for (let cell = 0; cell < index && p < text.length; cell++) {
      if (text.charCodeAt(p) === QUOTE) {
        let q = text.indexOf('"', p + 1);
        while (q >= 0 && text.charCodeAt(q + 1) === QUOTE) q = text.indexOf('"', q + 2);
        p = q < 0 ? text.length : q + 1;
      }
      const next = this.nextStop(text, p);
      if (next < 0 || text.charCodeAt(next) !== this.delimiterCode) {
        p = next < 0 ? text.length : next;
        if (p > this.recordStart && text.charCodeAt(p) === LF && text.charCodeAt(p - 1) === CR) p--;
        break;
      }
      p = next + 1;
    }
    return positionAfter(text, this.recordStart, p, { line: this.recordLine, column: 1 });
  }

  private nextStop(text: string, from: number): number {
    const d = text.indexOf(this.delimiter, from);
    const n = text.indexOf('\n', from);
    return d < 0 ? n : n < 0 ? d : Math.min(d, n);
  }

  private run(last: boolean): void {
    const buf = this.buf;
    let pos = 0;
    let line = this.line;
    if (this.discarding) {
      const nl = buf.indexOf('\n');
      if (nl < 0) {
        this.buf = '';
        return;
      }
      this.discarding = false;
      pos = nl + 1;
      line++;
    }
    if (this.delimiterCode < 0 && !this.chooseDelimiter(buf, pos, last)) return;
    let quoteAt = buf.indexOf('"', pos);
    while (pos < buf.length) {
      const nl = buf.indexOf('\n', pos);
      if (quoteAt >= 0 && quoteAt < pos) quoteAt = buf.indexOf('"', pos);
      if (quoteAt < 0 || (nl >= 0 && quoteAt > nl)) {
        // The common case: a whole line without a quote.
        if (nl < 0 && !last) break;
        const end = nl < 0 ? buf.length : nl;
        const stop = end > pos && buf.charCodeAt(end - 1) === CR ? end - 1 : end;
        if (stop > pos) {
          this.recordText = buf;
          this.recordStart = pos;
          this.recordLine = line;
          this.events.record(ownCopy(buf.slice(pos, stop)).split(this.delimiter), line);
        }
        pos = end + 1;
        line++;
        continue;
      }
      const next = this.quotedRecord(buf, pos, line, last);
      if (next === undefined) break;
      if (next.after < 0) {
        // The bad record's line break is not here yet: drop everything up to it as it arrives.
        this.discarding = true;
        pos = buf.length;
        line = next.line - 1;
        break;
      }
      pos = next.after;
      line = next.line;
    }
    this.buf = pos >= buf.length ? '' : buf.slice(pos);
    this.line = line;
    if (this.buf.length > MAX_RECORD_CHARS) this.tooLong();
  }

  /** A record (or line) past the limit: reported at its start, then dropped up to its line's end. */
  private tooLong(): void {
    const { line } = this;
    const quote = this.buf.indexOf('"');
    const nl = this.buf.indexOf('\n');
    this.buf = nl >= 0 ? this.buf.slice(nl + 1) : '';
    this.line = nl >= 0 ? line + 1 : line;
    this.discarding = nl < 0;
    const unclosed = quote >= 0 && (nl < 0 || quote < nl);
    this.events.syntaxError(
      { line, column: unclosed ? quote + 1 : 1 },
      syntaxDetail('PCAQ0515', unclosed ? 'quoted-cell-too-long' : 'line-too-long', { limit: MAX_RECORD_CHARS }),
    );
  }

  /**
   * The comma, or a tab when the first line holds a tab and no comma. False while the first line
   * has not arrived whole.
   */
  private chooseDelimiter(buf: string, from: number, last: boolean): boolean {
    const nl = buf.indexOf('\n', from);
    if (nl < 0 && !last && buf.length - from <= MAX_RECORD_CHARS) return false;
    const first = buf.slice(from, nl < 0 ? buf.length : nl);
    this.delimiter = !first.includes(',') && first.includes('\t') ? '\t' : ',';
    this.delimiterCode = this.delimiter.charCodeAt(0);
    return true;
  }

  /**
   * Reads one record that holds a quote, cell by cell, from `start`. Returns where the next
   * record starts (and its line), or `undefined` when the record is not complete in `buf` yet.
   */
  private quotedRecord(buf: string, start: number, line: number, last: boolean): Resume | undefined {
    const cells: string[] = [];
    const delimiter = this.delimiterCode;
    let p = start;
    let ln = line;
    let lineStart = start;
    for (;;) {
      if (buf.charCodeAt(p) === QUOTE) {
        const open = p;
        let text = '';
        let from = p + 1;
        let q: number;
        for (;;) {
          q = buf.indexOf('"', from);
          if (q < 0 || (q + 1 >= buf.length && !last)) {
            if (!last) return undefined;
            return this.fail(buf, { line: ln, column: open - lineStart + 1 }, syntaxDetail('PCAQ0515', 'unclosed-quote'), open, ln);
          }
          if (buf.charCodeAt(q + 1) !== QUOTE) break;
          text += buf.slice(from, q + 1);
          from = q + 2;
        }
        text += buf.slice(from, q);
        // Most quoted cells hold no line break: one search, and no position object, in the hot path.
        const nl = buf.indexOf('\n', open);
        if (nl >= 0 && nl < q) {
          const closing = positionAfter(buf, lineStart, q, { line: ln, column: 1 });
          ln = closing.line;
          lineStart = q - closing.column + 1;
        }
        p = q + 1;
        cells.push(ownCopy(text));
        const c = buf.charCodeAt(p);
        if (c === delimiter) {
          p++;
          continue;
        }
        if (c === CR && p + 1 >= buf.length && !last) return undefined;
        const lineEnd = c === LF ? p : c === CR && buf.charCodeAt(p + 1) === LF ? p + 1 : p >= buf.length ? p : -1;
        if (lineEnd >= 0) return this.emit(cells, buf, start, line, lineEnd, ln);
        return this.fail(buf, { line: ln, column: p - lineStart + 1 }, syntaxDetail('PCAQ0515', 'after-closing-quote', { found: shown(buf, p) }), p, ln);
      }
      const nl = buf.indexOf('\n', p);
      let end = buf.indexOf(this.delimiter, p);
      if (end < 0 || (nl >= 0 && nl < end)) end = nl;
      if (end < 0) {
        if (!last) return undefined;
        end = buf.length;
      }
      const quote = buf.indexOf('"', p);
      if (quote >= 0 && quote < end) {
        return this.fail(buf, { line: ln, column: quote - lineStart + 1 }, syntaxDetail('PCAQ0515', 'quote-in-cell'), quote, ln);
      }
      if (end === buf.length || buf.charCodeAt(end) === LF) {
        cells.push(ownCopy(buf.slice(p, end > p && buf.charCodeAt(end - 1) === CR ? end - 1 : end)));
        return this.emit(cells, buf, start, line, end, ln);
      }
      cells.push(ownCopy(buf.slice(p, end)));
      p = end + 1;
    }
  }

  private emit(cells: string[], buf: string, start: number, line: number, lineEnd: number, lastLine: number): Resume {
    this.recordText = buf;
    this.recordStart = start;
    this.recordLine = line;
    this.events.record(cells, line);
    return { after: lineEnd + 1, line: lastLine + 1 };
  }

  /** Reports a syntax error; the bad record ends at the line break after `from`. */
  private fail(buf: string, where: TextPosition, message: string, from: number, ln: number): Resume {
    this.events.syntaxError(where, message);
    const nl = buf.indexOf('\n', from);
    return nl < 0 ? { after: buf.length, line: ln + 1 } : { after: nl + 1, line: ln + 1 };
  }
}

/**
 * A copy of a line that does not share the chunk's memory. V8 cuts substrings (and `split`'s
 * cells) as views into their parent string: a row kept by a consumer (a group's first row) would
 * keep the whole 64 KiB chunk alive, and memory would grow with the file (measured: 620 MB for
 * 300 MB of CSV grouped by customer). Flattening a concatenation makes the line its own string,
 * so cells are views into it alone.
 */
function ownCopy(line: string): string {
  return (' ' + line).slice(1);
}

function shown(text: string, at: number): string {
  const c = text.codePointAt(at);
  return c === undefined ? 'the end of the input' : `'${String.fromCodePoint(c)}'`;
}
