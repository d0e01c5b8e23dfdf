import { DecodedTextBuilder, type DecodedText } from './decoded-text.js';
import type { StringForm } from './languages.js';

/**
 * A string literal read from source text: its decoded value mapped back to the source, and
 * where the literal (quotes and prefix included) ends.
 *
 * @example
 * ```ts
 * const literal: ReadLiteral = { decoded: { value: 'a', offsets: [1, 2], holes: [] }, end: 3 };
 * ```
 */
export interface ReadLiteral {
  readonly decoded: DecodedText;
  readonly end: number;
}

const SIMPLE_BACKSLASH: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', a: '\x07', '0': '\0' };
const SIMPLE_BACKTICK: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', a: '\x07', e: '\x1b', '0': '\0' };
const POWER_QUERY_NAMES: Readonly<Record<string, string>> = { cr: '\r', lf: '\n', tab: '\t', '#': '#(' };

/**
 * Reads the literal whose opener (`form.open`) starts at `start`, undoing the language's escapes
 * (docs/scan.md, "How strings are read"). Returns `undefined` when the literal is not closed
 * (a single-line literal must close on its line), so the caller reads on after the opener.
 *
 * @example
 * ```ts
 * readLiteral('x = "a\\"b"', 4, { open: '"', close: '"', escapes: 'backslash', interpolation: 'none', multiline: false })?.decoded.value; // 'a"b'
 * ```
 */
export function readLiteral(text: string, start: number, form: StringForm): ReadLiteral | undefined {
  const read = tryReadLiteral(text, start, form);
  return typeof read === 'number' ? undefined : read;
}

/**
 * {@link readLiteral}, telling where reading stopped when the literal does not close: at a line
 * break of a single-line literal, or at the end of the text (`text.length`).
 *
 * @example
 * ```ts
 * tryReadLiteral('"open', 0, { open: '"', close: '"', escapes: 'backslash', interpolation: 'none', multiline: true }); // 5
 * ```
 */
export function tryReadLiteral(text: string, start: number, form: StringForm): ReadLiteral | number {
  const out = new DecodedTextBuilder();
  const { close } = form;
  let i = start + form.open.length;
  while (i < text.length) {
    const c = text[i]!;
    if (text.startsWith(close, i)) {
      if (form.escapes !== 'verbatim' && close.length === 1 && isDoubling(form) && text[i + 1] === close) {
        out.push(close, i);
        i += 2;
        continue;
      }
      return { decoded: out.finish(i), end: i + close.length };
    }
    if ((c === '\n' || c === '\r') && !form.multiline) return i;
    i = step(text, i, form, out);
  }
  return text.length;
}

function isDoubling(form: StringForm): boolean {
  return form.escapes === 'doubled' || form.escapes === 'backtick' || form.escapes === 'power-query';
}

/** Decodes the unit(s) at `i`; returns where the next one starts. */
function step(text: string, i: number, form: StringForm, out: DecodedTextBuilder): number {
  const c = text[i]!;
  const interpolated = interpolation(text, i, form, out);
  if (interpolated !== 'no') return interpolated;
  if (c === '\\' && form.escapes === 'backslash') return backslashEscape(text, i, out);
  if (c === '\\' && form.escapes === 'raw' && i + 1 < text.length) {
    // A raw string keeps the backslash, and the quote after it does not close the literal.
    out.push('\\', i);
    out.push(text[i + 1]!, i + 1);
    return i + 2;
  }
  if (c === '`' && form.escapes === 'backtick') return backtickEscape(text, i, out);
  if (c === '#' && text[i + 1] === '(' && form.escapes === 'power-query') return powerQueryEscape(text, i, out);
  const code = text.codePointAt(i)!;
  const ch = String.fromCodePoint(code);
  out.push(ch, i);
  return i + ch.length;
}

/** An interpolated part (`{x}`, `${x}`, `$x`): a hole; doubled braces are braces. 'no' when there is none here. */
function interpolation(text: string, i: number, form: StringForm, out: DecodedTextBuilder): number | 'no' {
  const c = text[i];
  if (form.interpolation === 'braces' && (c === '{' || c === '}')) {
    if (text[i + 1] === c) {
      out.push(c, i);
      return i + 2;
    }
    if (c === '}') return 'no';
    out.hole(i);
    return skipBalanced(text, i, '{', '}');
  }
  if (form.interpolation === 'dollar-braces' && c === '$' && text[i + 1] === '{') {
    out.hole(i);
    return skipBalanced(text, i + 1, '{', '}');
  }
  if (form.interpolation === 'dollar' && c === '$') {
    const after = text[i + 1] ?? '';
    if (after === '{') {
      out.hole(i);
      return skipBalanced(text, i + 1, '{', '}');
    }
    if (after === '(') {
      out.hole(i);
      return skipBalanced(text, i + 1, '(', ')');
    }
    const name = /^[A-Za-z_?^$][\w:]*/.exec(text.slice(i + 1, i + 200));
    if (name) {
      out.hole(i);
      return i + 1 + name[0].length;
    }
  }
  return 'no';
}

/** The offset after the bracket that closes the one at `open` (end of text when none does). */
function skipBalanced(text: string, open: number, opening: string, closing: string): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === opening) depth++;
    else if (text[i] === closing && --depth === 0) return i + 1;
  }
  return text.length;
}

function backslashEscape(text: string, i: number, out: DecodedTextBuilder): number {
  const e = text[i + 1];
  if (e === undefined) return i + 1;
  if (e === '\n') return i + 2;
  if (e === '\r') return text[i + 2] === '\n' ? i + 3 : i + 2;
  const simple = SIMPLE_BACKSLASH[e];
  if (simple !== undefined) {
    out.push(simple, i);
    return i + 2;
  }
  const hex = hexEscape(text, i + 1);
  if (hex) {
    out.push(hex.char, i);
    return hex.end;
  }
  const ch = String.fromCodePoint(text.codePointAt(i + 1)!);
  out.push(ch, i);
  return i + 1 + ch.length;
}

/** `xHH`, `uHHHH`, `u{H...}`, `UHHHHHHHH` at `at` (the letter); a UTF-16 surrogate escape stays a unit. */
function hexEscape(text: string, at: number): { char: string; end: number } | undefined {
  const letter = text[at];
  const rest = text.slice(at + 1, at + 12);
  const m =
    letter === 'x' ? /^[0-9A-Fa-f]{2}/.exec(rest) :
    letter === 'u' ? /^\{[0-9A-Fa-f]{1,6}\}|^[0-9A-Fa-f]{4}/.exec(rest) :
    letter === 'U' ? /^[0-9A-Fa-f]{8}/.exec(rest) : null;
  if (!m) return undefined;
  const code = parseInt(m[0].replace(/[{}]/g, ''), 16);
  if (code > 0x10ffff) return undefined;
  const char = code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code);
  return { char, end: at + 1 + m[0].length };
}

function backtickEscape(text: string, i: number, out: DecodedTextBuilder): number {
  const e = text[i + 1];
  if (e === undefined) return i + 1;
  const simple = SIMPLE_BACKTICK[e];
  if (simple !== undefined) {
    out.push(simple, i);
    return i + 2;
  }
  const unicode = /^u\{([0-9A-Fa-f]{1,6})\}/.exec(text.slice(i + 1, i + 11));
  if (unicode && parseInt(unicode[1]!, 16) <= 0x10ffff) {
    out.push(String.fromCodePoint(parseInt(unicode[1]!, 16)), i);
    return i + 1 + unicode[0].length;
  }
  if (e === '\r' || e === '\n') return e === '\r' && text[i + 2] === '\n' ? i + 3 : i + 2;
  const ch = String.fromCodePoint(text.codePointAt(i + 1)!);
  out.push(ch, i);
  return i + 1 + ch.length;
}

/** `#(lf)`, `#(cr,lf)`, `#(tab)`, `#(#)`, `#(00E9)`, `#(0001F600)`; anything else is kept as written. */
function powerQueryEscape(text: string, i: number, out: DecodedTextBuilder): number {
  const m = /^#\(([^()"\r\n]{1,40})\)/.exec(text.slice(i, i + 44));
  const parts = m?.[1]!.split(',').map((p) => p.trim());
  const decoded = parts?.map((p) => POWER_QUERY_NAMES[p] ?? (/^([0-9A-Fa-f]{4}|[0-9A-Fa-f]{8})$/.test(p) && parseInt(p, 16) <= 0x10ffff ? String.fromCodePoint(parseInt(p, 16)) : undefined));
  if (!m || !decoded || decoded.some((d) => d === undefined)) {
    out.push('#', i);
    return i + 1;
  }
  // Every character of the escape maps to its start: a span inside it covers the whole escape.
  out.push(decoded.join(''), i);
  return i + m[0].length;
}
