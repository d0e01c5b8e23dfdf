import { InvalidArgumentError } from '@pcaq/core';

const HEX = '0123456789ABCDEF';

/** RFC 3986 unreserved characters: `A-Z a-z 0-9 - . _ ~`. */
function isUnreserved(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2d ||
    code === 0x2e ||
    code === 0x5f ||
    code === 0x7e
  );
}

function escapeByte(byte: number): string {
  return `%${HEX[byte >> 4]}${HEX[byte & 15]}`;
}

/**
 * Percent-encodes text for a URL query component: every UTF-8 byte outside the RFC 3986
 * unreserved set becomes upper-case `%XX` (space is `%20`, never `+`; `!'()*` are encoded too,
 * unlike `encodeURIComponent`). A lone surrogate is encoded as U+FFFD instead of throwing.
 *
 * @throws InvalidArgumentError when `text` is not a string (input only code can give).
 * @example
 * ```ts
 * encodeQueryComponent("customerTenantId eq '0112A436-B14E-4888-967B-CA4BB2CF1234'");
 * // 'customerTenantId%20eq%20%270112A436-B14E-4888-967B-CA4BB2CF1234%27'
 * ```
 */
export function encodeQueryComponent(text: string): string {
  if (typeof text !== 'string') throw new InvalidArgumentError('encodeQueryComponent', 'text', 'is not a string');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      out += isUnreserved(code) ? text[i] : escapeByte(code);
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      } else {
        code = 0xfffd;
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      code = 0xfffd;
    }
    out += utf8Bytes(code).map(escapeByte).join('');
  }
  return out;
}

function utf8Bytes(code: number): number[] {
  if (code < 0x800) return [0xc0 | (code >> 6), 0x80 | (code & 63)];
  if (code < 0x10000) return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
  return [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
}
