import { span, type Span } from '@pcaq/core';

/**
 * Text taken out of a file and decoded (a string literal's escapes undone, or a URL component's
 * percent-encoding), with the way back: for each UTF-16 unit of `value`, the offset in the outer
 * text where the unit's source begins, and one more entry for the end of the source.
 *
 * @example
 * ```ts
 * // the Python literal "a\"b" at offset 10 of a file
 * const decoded: DecodedText = { value: 'a"b', offsets: [11, 12, 14, 15], holes: [] };
 * ```
 */
export interface DecodedText {
  readonly value: string;
  readonly offsets: readonly number[];
  /**
   * Offsets into `value` where a part only known at run time sits (an interpolation such as
   * `{tenant}` or `$name`, or a concatenation at the start or end of the literal). The value
   * holds one U+FFFC character at each, so the text around it does not run together.
   */
  readonly holes: readonly number[];
}

/**
 * The character (U+FFFC) that stands for a run-time part inside a decoded value; which units are
 * holes is told by `holes`, never by this character, so a file may hold it too.
 *
 * @example
 * ```ts
 * findLiterals('f"a{b}"', languageFor('q.py')!)[0]?.decoded.value; // `a${HOLE}`
 * ```
 */
export const HOLE = '\uFFFC';

/**
 * The span of the outer text that a span of `decoded.value` came from. Offsets past the value
 * are clamped to its end, so a diagnostic at the end of a filter maps to the closing quote.
 *
 * @example
 * ```ts
 * mapSpan({ value: 'a"b', offsets: [11, 12, 14, 15], holes: [] }, { start: 1, end: 2 }); // { start: 12, end: 14 }
 * ```
 */
export function mapSpan(decoded: DecodedText, inner: Span): Span {
  const last = decoded.offsets.length - 1;
  const clamp = (n: number): number => Math.max(0, Math.min(last, n));
  const start = decoded.offsets[clamp(inner.start)]!;
  const end = decoded.offsets[clamp(inner.end)]!;
  return span(start, Math.max(start, end));
}

/**
 * A slice of a decoded text, still mapped to the outer text (holes re-based to the slice).
 *
 * @example
 * ```ts
 * sliceDecoded({ value: 'abc', offsets: [5, 6, 7, 8], holes: [] }, 1, 3); // { value: 'bc', offsets: [6, 7, 8], holes: [] }
 * ```
 */
export function sliceDecoded(decoded: DecodedText, start: number, end: number): DecodedText {
  return {
    value: decoded.value.slice(start, end),
    offsets: decoded.offsets.slice(start, end + 1),
    holes: decoded.holes.filter((h) => h >= start && h < end).map((h) => h - start),
  };
}

/**
 * Composes two layers: `inner` was decoded from `outer.value` (its offsets index `outer.value`);
 * the result maps `inner.value` straight to the text `outer` came from. A hole of either layer
 * is a hole of the result.
 *
 * @example
 * ```ts
 * const literal = { value: 'a%20b', offsets: [1, 2, 3, 4, 5, 6], holes: [] };  // "a%20b" in a file
 * const url = { value: 'a b', offsets: [0, 1, 4, 5], holes: [] };             // decoded from literal.value
 * composeDecoded(url, literal).offsets; // [1, 2, 5, 6]
 * ```
 */
export function composeDecoded(inner: DecodedText, outer: DecodedText): DecodedText {
  const last = outer.offsets.length - 1;
  const offsets = inner.offsets.map((o) => outer.offsets[Math.max(0, Math.min(last, o))]!);
  const holes = new Set(inner.holes);
  for (const hole of outer.holes) {
    // The inner units whose source covers the outer hole.
    for (let i = 0; i < inner.value.length; i++) {
      if (inner.offsets[i]! <= hole && hole < Math.max(inner.offsets[i + 1]!, inner.offsets[i]! + 1)) holes.add(i);
    }
  }
  return { value: inner.value, offsets, holes: [...holes].sort((a, b) => a - b) };
}

/**
 * Builds a {@link DecodedText} unit by unit while a decoder walks its source.
 *
 * @example
 * ```ts
 * const out = new DecodedTextBuilder();
 * out.push('a', 1); out.push('"', 2); out.finish(4).value; // 'a"'
 * ```
 */
export class DecodedTextBuilder {
  private readonly units: string[] = [];
  private readonly offsets: number[] = [];
  private readonly holes: number[] = [];

  /** Appends `text` (one character, possibly two UTF-16 units) whose source begins at `from`. */
  push(text: string, from: number): void {
    for (let i = 0; i < text.length; i++) {
      this.units.push(text[i]!);
      this.offsets.push(from);
    }
  }

  /** Appends a run-time part whose source begins at `from`. */
  hole(from: number): void {
    this.holes.push(this.units.length);
    this.push(HOLE, from);
  }

  /** The decoded text; `end` is where its source ends. */
  finish(end: number): DecodedText {
    return { value: this.units.join(''), offsets: [...this.offsets, end], holes: this.holes };
  }
}
