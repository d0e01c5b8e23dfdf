import { InvalidArgumentError, isInsidePair, span, type Span } from '@pcaq/core';

/**
 * A URL component after decoding, with the way back to the URL text.
 *
 * @example
 * ```ts
 * const d: DecodedComponent = { value: 'a b', offsets: [0, 1, 4, 5], malformed: [] }; // from 'a%20b'
 * ```
 */
export interface DecodedComponent {
  /** The decoded text: `+` is a space, valid `%XX` runs are UTF-8, anything malformed kept as written. */
  readonly value: string;
  /** For each UTF-16 unit of `value`, the URL offset it came from; one more entry for the end. */
  readonly offsets: readonly number[];
  /** URL spans of malformed escapes and of escapes whose bytes are not UTF-8 (adjacent ones merged). */
  readonly malformed: readonly Span[];
}

const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9A-Fa-f]$/.test(c);

/**
 * Decodes `url.slice(start, end)` as a form-encoded query component (`+` is a space, `%XX` bytes
 * are UTF-8). Never throws: a `%` not followed by two hex digits, and bytes that are not valid
 * UTF-8 (`%FF`, a lone `%C3`, overlong forms, surrogates), keep their raw characters and are
 * reported in `malformed`, so one bad escape does not hide the rest of the value. `start` and
 * `end` are clamped to the text.
 *
 * @throws InvalidArgumentError when `url` is not a string or `start`/`end` are not numbers.
 * @example
 * ```ts
 * decodeComponent('a+%C3%A9%G1', 0, 11).value;     // 'a é%G1'
 * decodeComponent('a+%C3%A9%G1', 0, 11).malformed; // [{ start: 8, end: 11 }]
 * ```
 */
export function decodeComponent(url: string, start: number, end: number): DecodedComponent {
  if (typeof url !== 'string') throw new InvalidArgumentError('decodeComponent', 'url', 'is not a string');
  if (typeof start !== 'number' || typeof end !== 'number') throw new InvalidArgumentError('decodeComponent', 'start/end', 'are not numbers');
  start = clamp(start, url.length);
  end = Math.max(start, clamp(end, url.length));
  const units: string[] = [];
  const offsets: number[] = [];
  const malformed: Span[] = [];
  const keepRaw = (from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      units.push(url[k]!);
      offsets.push(k);
    }
  };
  const report = (from: number, to: number): void => {
    const last = malformed[malformed.length - 1];
    if (last && last.end === from) malformed[malformed.length - 1] = span(last.start, to);
    else malformed.push(span(from, to));
  };
  let i = start;
  while (i < end) {
    const c = url[i]!;
    if (c === '+') {
      units.push(' ');
      offsets.push(i++);
    } else if (c !== '%') {
      units.push(c);
      offsets.push(i++);
    } else if (i + 2 < end && isHex(url[i + 1]) && isHex(url[i + 2])) {
      i = decodeEscapeRun(url, i, end, { units, offsets, keepRaw, report });
    } else {
      // Show up to two following characters in the message, but keep decoding right after '%'.
      let shown = i + 1;
      while (shown < end && shown < i + 3 && url[shown] !== '%') shown++;
      // Never end the span between the halves of a surrogate pair (docs/diagnostics.md).
      if (isInsidePair(url, shown)) shown++;
      report(i, shown);
      keepRaw(i, i + 1);
      i++;
    }
  }
  offsets.push(end);
  return { value: units.join(''), offsets, malformed };
}

interface Sink {
  readonly units: string[];
  readonly offsets: number[];
  keepRaw(from: number, to: number): void;
  report(from: number, to: number): void;
}

/** Decodes consecutive `%XX` escapes from `at` as UTF-8; returns the offset after the run. */
function decodeEscapeRun(url: string, at: number, end: number, sink: Sink): number {
  const starts: number[] = [];
  const bytes: number[] = [];
  let i = at;
  while (i + 2 < end && url[i] === '%' && isHex(url[i + 1]) && isHex(url[i + 2])) {
    starts.push(i);
    bytes.push(parseInt(url.slice(i + 1, i + 3), 16));
    i += 3;
  }
  let j = 0;
  while (j < bytes.length) {
    const { codePoint, length } = readUtf8(bytes, j);
    const from = starts[j]!;
    const to = starts[j + length - 1]! + 3;
    if (codePoint === undefined) {
      sink.report(from, to);
      sink.keepRaw(from, to);
    } else {
      for (const unit of String.fromCodePoint(codePoint).split('')) {
        sink.units.push(unit);
        sink.offsets.push(from);
      }
    }
    j += length;
  }
  return i;
}

/**
 * Reads one UTF-8 sequence at `j`. Invalid input yields no code point and the length of its
 * maximal subpart (the lead byte plus the continuation bytes that were still plausible), as the
 * WHATWG decoder counts it.
 */
function readUtf8(bytes: readonly number[], j: number): { codePoint: number | undefined; length: number } {
  const lead = bytes[j]!;
  if (lead < 0x80) return { codePoint: lead, length: 1 };
  let need: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) need = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    need = 2;
    if (lead === 0xe0) low = 0xa0; // overlong
    if (lead === 0xed) high = 0x9f; // surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    need = 3;
    if (lead === 0xf0) low = 0x90; // overlong
    if (lead === 0xf4) high = 0x8f; // past U+10FFFF
  } else return { codePoint: undefined, length: 1 };
  let codePoint = lead & (0xff >> (need + 2));
  for (let k = 1; k <= need; k++) {
    const byte = bytes[j + k];
    const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
    if (byte === undefined || byte < min || byte > max) return { codePoint: undefined, length: k };
    codePoint = (codePoint << 6) | (byte & 0x3f);
  }
  return { codePoint, length: need + 1 };
}

function clamp(offset: number, length: number): number {
  return Number.isNaN(offset) ? 0 : Math.max(0, Math.min(length, Math.trunc(offset)));
}
