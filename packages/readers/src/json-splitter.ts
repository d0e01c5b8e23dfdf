import { isRowsMember } from '@pcaq/core';
import { malformedJson } from './problems/malformed-json.js';
import { syntaxDetail, type SyntaxDetailName } from './syntax-detail.js';
import { noRowsArray } from './problems/no-rows-array.js';
import { notJsonRows } from './problems/not-json-rows.js';
import { rowsArrayTwice } from './problems/rows-array-twice.js';
import { textAfterJson } from './problems/text-after-json.js';
import type { ProblemInit } from './read-problem.js';
import { LineCounter, type TextPosition } from './text-position.js';
import { MAX_RECORD_CHARS } from './csv-splitter.js';
import { isSpace, JsonStructureError, stringEnd, type JsonElement } from './json-scan.js';

type Mode =
  | 'root' | 'rootKey' | 'rootColon' | 'rootValue' | 'skipValue' | 'rootAfterValue'
  | 'arrayFirst' | 'arrayNext' | 'element' | 'arrayAfter' | 'end';

const QUOTE = 34;

/**
 * Finds the rows of a JSON document as it arrives, chunk by chunk, without holding the document:
 * a bare array of rows, or an object whose `Value` (or `value`) member is that array (other
 * members, such as `@nextLink` and `TotalCount`, are skipped). It only finds where each row's text
 * starts and ends (strings and nesting); `JSON.parse` then parses each row, so memory is one
 * chunk plus one row, whatever the file's size.
 *
 * @example
 * ```ts
 * const splitter = new JsonSplitter();
 * splitter.feed('{"Value": [{"a": 1}, {"a"'); // [{ text: '{"a": 1}', line: 1, column: 12 }]
 * splitter.feed(': 2}]}');                     // [{ text: '{"a": 2}', line: 1, column: 22 }]
 * splitter.end();
 * ```
 */
export class JsonSplitter {
  private buf = '';
  private pos = 0;
  private mode: Mode = 'root';
  private inRootObject = false;
  private foundRows = false;
  /** The rows member's name once seen (the rule of one rows member: docs/evaluation.md). */
  private rowsKey: string | undefined;
  private rootStart = { line: 1, column: 1 };
  private key = '';
  // The value being scanned: where it starts, how far the scan got, and its nesting depth.
  private start = 0;
  private scan = 0;
  private depth = 0;
  /** The absolute offset of `buf[0]` (text before it was dropped). */
  private base = 0;
  private readonly lines = new LineCounter();

  /** Adds the next piece of text and returns the rows completed by it. */
  feed(chunk: string): JsonElement[] {
    this.buf += chunk;
    const out: JsonElement[] = [];
    while (this.step(out));
    this.compact();
    return out;
  }

  /** Checks that the document is complete. */
  end(): void {
    const { buf } = this;
    while (this.pos < buf.length && isSpace(buf.charCodeAt(this.pos))) this.pos++;
    if (this.mode === 'end' && this.pos === buf.length) return;
    if (this.mode === 'end') this.failAfterEnd();
    if (this.mode === 'root') this.fail(notJsonRows({ empty: true }));
    this.fail(malformedJson({ endsEarly: this.expected() }));
  }

  /** Runs one step of the state machine; false when it needs more text. */
  private step(out: JsonElement[]): boolean {
    if (this.mode === 'element' || this.mode === 'skipValue') return this.continueValue(out);
    const c = this.nextNonSpace();
    if (c < 0) return false;
    switch (this.mode) {
      case 'root':
        if (c === 0x5b /* [ */) return this.advance('arrayFirst');
        if (c === 0x7b /* { */) {
          this.inRootObject = true;
          this.rootStart = this.locate(this.pos);
          return this.advance('rootKey');
        }
        return this.fail(notJsonRows({ found: this.found(), looksLikeCsv: this.looksLikeCsv() }));
      case 'rootKey':
        if (c === 0x7d /* } */) return this.closeRootObject();
        if (c !== QUOTE) return this.syntax('property-name', { found: this.found() });
        return this.readKey();
      case 'rootColon':
        return c === 0x3a /* : */ ? this.advance('rootValue') : this.syntax('colon', { found: this.found() });
      case 'rootValue':
        if (!isRowsMember(this.key)) return this.beginValue('skipValue');
        if (c !== 0x5b) return this.fail(noRowsArray({ member: this.key, found: this.found() }));
        this.foundRows = true;
        return this.advance('arrayFirst');
      case 'rootAfterValue':
        if (c === 0x2c /* , */) return this.advance('rootKey');
        if (c === 0x7d) return this.closeRootObject();
        return this.syntax('after-property', { found: this.found() });
      case 'arrayFirst':
        return c === 0x5d /* ] */ ? this.closeArray() : this.beginValue('element');
      case 'arrayNext':
        if (c === 0x5d) return this.syntax('row-after-comma');
        return this.beginValue('element');
      case 'arrayAfter':
        if (c === 0x2c) return this.advance('arrayNext');
        if (c === 0x5d) return this.closeArray();
        return this.syntax('after-row', { found: this.found() });
      case 'end':
        return this.failAfterEnd();
    }
  }

  private advance(mode: Mode): true {
    this.pos++;
    this.mode = mode;
    return true;
  }

  private closeArray(): true {
    return this.advance(this.inRootObject ? 'rootAfterValue' : 'end');
  }

  private closeRootObject(): true {
    if (!this.foundRows) {
      const { line, column } = this.rootStart;
      throw new JsonStructureError(noRowsArray(), line, column);
    }
    return this.advance('end');
  }

  private readKey(): boolean {
    const end = stringEnd(this.buf, this.pos + 1);
    if (end < 0) return false;
    try {
      this.key = JSON.parse(this.buf.slice(this.pos, end + 1)) as string;
    } catch {
      return this.syntax('malformed-property-name');
    }
    if (isRowsMember(this.key)) {
      if (this.rowsKey !== undefined) this.fail(rowsArrayTwice(this.rowsKey, this.key));
      this.rowsKey = this.key;
    }
    this.pos = end;
    return this.advance('rootColon');
  }

  /** Text after the document: a second row object means the file is NDJSON. */
  private failAfterEnd(): never {
    return this.fail(textAfterJson(this.found(), this.buf.charCodeAt(this.pos) === 0x7b));
  }

  /** Whether the first line of a document that is not JSON looks like CSV (for the hint). */
  private looksLikeCsv(): boolean {
    const nl = this.buf.indexOf('\n', this.pos);
    const first = this.buf.slice(this.pos, nl < 0 ? this.buf.length : nl);
    return first.includes(',') || first.includes('\t');
  }

  /**
   * The position just after the text fed so far (for an error found by the decoder, which stops
   * at the first byte that is not text).
   *
   * @example
   * ```ts
   * splitter.feed('[{"a": "Caf'); splitter.endPosition(); // { line: 1, column: 12 }
   * ```
   */
  endPosition(): { line: number; column: number } {
    return this.locate(this.buf.length);
  }

  private beginValue(mode: 'element' | 'skipValue'): true {
    const c = this.buf.charCodeAt(this.pos);
    if (c === 0x5d || c === 0x7d || c === 0x2c || c === 0x3a) this.syntax('value', { found: this.found() });
    this.mode = mode;
    this.start = this.scan = this.pos;
    this.depth = 0;
    return true;
  }

  /** Scans on through the current value; resumable, so a value may span any number of chunks. */
  private continueValue(out: JsonElement[]): boolean {
    const { buf } = this;
    let p = this.scan;
    let depth = this.depth;
    let done = -1;
    while (p < buf.length) {
      const c = buf.charCodeAt(p);
      if (c === QUOTE) {
        const end = stringEnd(this.buf, p + 1);
        if (end < 0) break;
        p = end + 1;
        if (depth === 0) {
          done = p;
          break;
        }
        continue;
      }
      if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (depth === 0) {
          done = p;
          break;
        }
        if (--depth === 0) {
          done = p + 1;
          break;
        }
      } else if (depth === 0 && (c === 0x2c || isSpace(c))) {
        done = p;
        break;
      }
      p++;
    }
    this.scan = p;
    this.depth = depth;
    if (done < 0) return false;
    if (this.mode === 'element') {
      const where = this.locate(this.start);
      out.push({ text: buf.slice(this.start, done), line: where.line, column: where.column });
    }
    this.pos = done;
    this.mode = this.mode === 'element' ? 'arrayAfter' : 'rootAfterValue';
    return true;
  }

  private nextNonSpace(): number {
    const { buf } = this;
    while (this.pos < buf.length && isSpace(buf.charCodeAt(this.pos))) this.pos++;
    return this.pos < buf.length ? buf.charCodeAt(this.pos) : -1;
  }

  /** 1-based line and column of a buffer index. */
  private locate(index: number): TextPosition {
    return this.lines.locate(this.buf, this.base, this.base + index);
  }

  /** Drops text already consumed, keeping the value being scanned (bounded, so memory is too). */
  private compact(): void {
    const scanning = this.mode === 'element' || this.mode === 'skipValue';
    if (scanning && this.buf.length - this.start > MAX_RECORD_CHARS) {
      this.pos = this.start;
      this.syntax(this.mode === 'element' ? 'row-too-long' : 'value-too-long', { limit: MAX_RECORD_CHARS });
    }
    const keep = scanning ? this.start : this.pos;
    if (keep === 0) return;
    this.locate(keep);
    this.buf = this.buf.slice(keep);
    this.base += keep;
    this.pos -= keep;
    this.start -= keep;
    this.scan -= keep;
  }

  private found(): string {
    const c = this.buf[this.pos];
    return c === undefined ? 'the end of the input' : `'${c}'`;
  }

  private expected(): string {
    switch (this.mode) {
      case 'arrayFirst': case 'arrayAfter': return "']' to close the array of rows";
      case 'arrayNext': case 'element': return 'a row';
      default: return "'}' to close the JSON object";
    }
  }

  private fail(init: ProblemInit): never {
    const { line, column } = this.locate(Math.min(this.pos, this.buf.length));
    throw new JsonStructureError(init, line, column);
  }

  /** Syntax that is not JSON around the rows; the named detail says what was expected and found. */
  private syntax(detail: SyntaxDetailName<'PCAQ0506'>, args?: Readonly<Record<string, string | number>>): never {
    return this.fail(malformedJson({ detail: syntaxDetail('PCAQ0506', detail, args), where: 'document' }));
  }
}
