import { isUtf8 } from 'node:buffer';
import { byteOrderMarkMismatch } from './problems/byte-order-mark-mismatch.js';
import { invalidEncoding } from './problems/invalid-encoding.js';
import { problemText, type ProblemInit } from './read-problem.js';
import type { TextEncoding } from './text-encoding.js';

/**
 * Bytes that are not text in the input's encoding. The decoder first hands over every character
 * before them, so the format's reader, which knows the line and column it has reached, names the
 * exact position (docs/evaluation.md, "Text encodings").
 *
 * @example
 * ```ts
 * declare const stream: AsyncIterable<Uint8Array>;
 * try { for await (const text of decodeChunks(stream)) console.log(text.length); }
 * catch (error) { if (error instanceof InvalidTextError) console.error(error.message, error.hint ?? ''); }
 * ```
 */
export class InvalidTextError extends Error {
  /** What to do about it, when there is something to suggest. */
  readonly hint: string | undefined;

  constructor(
    /** The problem (`PCAQ0504` or `PCAQ0505`), for the reader to place. */
    readonly init: ProblemInit,
    /** The valid text before the bad bytes: part of the input, to be read before the error is reported. */
    readonly before: string,
  ) {
    const { message, hint } = problemText(init);
    super(message);
    this.hint = hint;
  }
}

/**
 * Decodes a byte stream chunk by chunk, strictly: bytes that are not valid in the encoding raise
 * an {@link InvalidTextError} after the valid text before them, never a silent U+FFFD. A character
 * split across chunks is joined. Without an explicit encoding the input is UTF-8, and a byte-order
 * mark decides: UTF-8's is dropped, UTF-16's (little or big endian) switches to UTF-16. Chunks
 * given as strings are already text and pass through (a leading U+FEFF dropped).
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * for await (const text of decodeChunks(createReadStream('rows.csv'), 'utf-8')) console.log(text.length);
 * ```
 */
export async function* decodeChunks(stream: AsyncIterable<Uint8Array | string>, encoding?: TextEncoding): AsyncGenerator<string> {
  let decoder: ChunkDecoder | undefined;
  let head: Buffer | undefined; // the first bytes, until there are enough to look for a byte-order mark
  let first = true;
  for await (const chunk of stream) {
    if (typeof chunk === 'string') {
      const text = first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
      first = false;
      if (text !== '') yield text;
      continue;
    }
    first = false;
    let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (decoder === undefined) {
      head = head === undefined ? bytes : Buffer.concat([head, bytes]);
      if (head.length < 3) continue;
      ({ decoder, bytes } = openDecoder(head, encoding));
      head = undefined;
    }
    const text = decoder.decode(bytes, false);
    if (text !== '') yield text;
  }
  if (decoder === undefined && head !== undefined) ({ decoder, bytes: head } = openDecoder(head, encoding));
  if (decoder === undefined) return;
  const rest = decoder.decode(head ?? Buffer.alloc(0), true);
  if (rest !== '') yield rest;
}

interface ChunkDecoder {
  /** The text of `bytes` (with what was held back before); `last` when the input ends here. */
  decode(bytes: Buffer, last: boolean): string;
}

function openDecoder(head: Buffer, encoding: TextEncoding | undefined): { decoder: ChunkDecoder; bytes: Buffer } {
  const bomUtf8 = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const bomLe = head[0] === 0xff && head[1] === 0xfe;
  const bomBe = head[0] === 0xfe && head[1] === 0xff;
  const marked = bomUtf8 ? 'utf-8' : bomLe ? 'utf-16le' : bomBe ? 'utf-16be' : undefined;
  if (encoding !== undefined && marked !== undefined && marked !== encoding) {
    // Decoding it anyway would turn the mark into text glued to the first column's name.
    throw new InvalidTextError(byteOrderMarkMismatch(marked, encoding), '');
  }
  const chosen = encoding ?? marked ?? 'utf-8';
  switch (chosen) {
    case 'utf-8':
      return { decoder: new Utf8Decoder(), bytes: bomUtf8 ? head.subarray(3) : head };
    case 'utf-16le':
      return { decoder: new Utf16Decoder(false), bytes: bomLe ? head.subarray(2) : head };
    case 'utf-16be':
      return { decoder: new Utf16Decoder(true), bytes: bomBe ? head.subarray(2) : head };
    case 'latin1':
      return { decoder: { decode: (bytes) => bytes.toString('latin1') }, bytes: head };
    case 'windows-1252':
      return { decoder: { decode: decodeWindows1252 }, bytes: head };
  }
}

/**
 * Windows-1252 differs from Latin-1 only in bytes 0x80-0x9F (€, curly quotes, dashes...). Node 20's
 * `TextDecoder('windows-1252')` decodes them as Latin-1 (measured), hence this table. Every byte
 * is a character (the five unassigned ones stay C1 controls, as WHATWG maps them), so this decoder
 * never fails and needs no state.
 */
const WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Buffer): string {
  const text = bytes.toString('latin1');
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

/** UTF-8, validated per chunk (native, as fast as decoding); a split sequence is held back. */
class Utf8Decoder implements ChunkDecoder {
  private held: Buffer | undefined;

  decode(chunk: Buffer, last: boolean): string {
    let bytes = this.held === undefined ? chunk : Buffer.concat([this.held, chunk]);
    this.held = undefined;
    const complete = last ? bytes.length : completeUtf8Length(bytes);
    if (complete < bytes.length) {
      this.held = Buffer.from(bytes.subarray(complete));
      bytes = bytes.subarray(0, complete);
    }
    if (isUtf8(bytes)) return bytes.toString('utf8');
    return this.fail(bytes);
  }

  /** Hands over the text before the first bad byte (through the error), named by its value. */
  private fail(bytes: Buffer): never {
    const bad = firstInvalidUtf8(bytes);
    throw new InvalidTextError(invalidEncoding({ byte: bytes[bad] ?? 0 }), bytes.subarray(0, bad).toString('utf8'));
  }
}

/** UTF-16 of either byte order; an unpaired surrogate is an error (JS strings would accept it). */
class Utf16Decoder implements ChunkDecoder {
  private held: Buffer | undefined;

  constructor(private readonly bigEndian: boolean) {}

  decode(chunk: Buffer, last: boolean): string {
    let bytes = this.held === undefined ? chunk : Buffer.concat([this.held, chunk]);
    this.held = undefined;
    let complete = bytes.length & ~1;
    if (last && complete < bytes.length) {
      throw new InvalidTextError(invalidEncoding({ oddUtf16: true }), this.text(bytes.subarray(0, complete)));
    }
    // A high surrogate at the end waits for its low half in the next chunk.
    if (!last && complete >= 2 && isHighSurrogate(this.unitAt(bytes, complete - 2))) complete -= 2;
    if (complete < bytes.length) {
      this.held = Buffer.from(bytes.subarray(complete));
      bytes = bytes.subarray(0, complete);
    }
    const text = this.text(bytes);
    const bad = firstUnpairedSurrogate(text);
    if (bad < 0) return text;
    throw new InvalidTextError(invalidEncoding({ surrogate: text.charCodeAt(bad) }), text.slice(0, bad));
  }

  private unitAt(bytes: Buffer, at: number): number {
    return this.bigEndian ? bytes.readUInt16BE(at) : bytes.readUInt16LE(at);
  }

  private text(bytes: Buffer): string {
    if (!this.bigEndian) return bytes.toString('utf16le');
    return Buffer.from(bytes).swap16().toString('utf16le');
  }
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function firstUnpairedSurrogate(text: string): number {
  const wellFormed = (text as string & { isWellFormed?: () => boolean }).isWellFormed;
  if (wellFormed !== undefined && wellFormed.call(text)) return -1;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (isHighSurrogate(unit) && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    else return i;
  }
  return -1;
}

/**
 * How many leading bytes of `bytes` end on a character boundary: a lead byte near the end whose
 * sequence is not complete yet is held back for the next chunk.
 */
function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const byte = bytes[n - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needs > back ? n - back : n;
  }
  return n;
}

/**
 * The offset of the first byte that breaks UTF-8 (overlong forms, surrogates, code points past
 * U+10FFFF, a sequence cut short by the end of the input). Only called once validation failed.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let needs: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) needs = 1, min = 0x80;
    else if (b === 0xe0) needs = 2, min = 0xa0;
    else if (b === 0xed) needs = 2, min = 0x80, max = 0x9f;
    else if (b >= 0xe1 && b <= 0xef) needs = 2, min = 0x80;
    else if (b === 0xf0) needs = 3, min = 0x90;
    else if (b === 0xf4) needs = 3, min = 0x80, max = 0x8f;
    else if (b >= 0xf1 && b <= 0xf3) needs = 3, min = 0x80;
    else return i;
    for (let k = 1; k <= needs; k++) {
      const c = i + k < bytes.length ? bytes[i + k]! : -1;
      if (c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf)) return i;
    }
    i += needs + 1;
  }
  return bytes.length;
}
