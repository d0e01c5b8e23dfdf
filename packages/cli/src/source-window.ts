import { displayWidth, graphemes, type Grapheme } from './display-width.js';

/** The widest source excerpt printed, in terminal columns (without the ellipses). */
export const EXCERPT_COLUMNS = 120;
/** Columns of context kept before the start of the span when a line is clipped. */
const LEFT_CONTEXT = 40;
/** Code units looked at on each side of the span: enough for the columns above, whatever the text. */
const SCAN_UNITS = 4 * EXCERPT_COLUMNS;
const ELLIPSIS = '…';

/**
 * The line of `text` that holds `start`, clipped to a window of about {@link EXCERPT_COLUMNS}
 * columns around the span (an ellipsis marks each clipped side), and an underline of `^` under
 * `start..end` (clipped to that window; at least one caret). Carets are placed by display width:
 * an East Asian wide character or an emoji takes two columns, a tab is copied into the padding so
 * the underline meets the same tab stop. Control characters show as `·`. The work is bounded by
 * the window, not by the length of the line (docs/cli.md, "Text output").
 *
 * @example
 * ```ts
 * sourceExcerpt("workloadCode eq \"SFB\"", 16, 21); // { line: 'workloadCode eq "SFB"', underline: '                ^^^^^' }
 * sourceExcerpt("customerName eq '中文' or x", 17, 19).underline; // '                 ^^^^'
 * ```
 */
export function sourceExcerpt(text: string, start: number, end: number): { line: string; underline: string } {
  const at = Math.max(0, Math.min(text.length, start));
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
  const lineEnd = firstLineBreak(text, at);
  const spanEnd = Math.max(at, Math.min(lineEnd, end));
  const from = safeStart(text, Math.max(lineStart, at - SCAN_UNITS));
  const to = safeEnd(text, Math.min(lineEnd, spanEnd + SCAN_UNITS));
  const pieces = graphemes(text.slice(from, to)).map((g) => shown(g, from));
  // The grapheme holding the start (a span may start inside one, e.g. on a combining mark).
  const after = pieces.findIndex((g) => g.index > at);
  const startPiece = at >= to ? pieces.length : Math.max(0, (after === -1 ? pieces.length : after) - 1);
  const afterSpan = pieces.findIndex((g) => g.index >= spanEnd);
  const endPiece = Math.max(afterSpan === -1 ? pieces.length : afterSpan, startPiece);
  const [shownFrom, shownTo] = visibleRange(pieces, startPiece, from > lineStart || to < lineEnd);
  const left = shownFrom > 0 || from > lineStart ? ELLIPSIS : '';
  const right = shownTo < pieces.length || to < lineEnd ? ELLIPSIS : '';
  const visible = pieces.slice(shownFrom, shownTo);
  const padding = (left ? ' ' : '') + pieces.slice(shownFrom, startPiece).map(blank).join('');
  const carets = widthOf(pieces.slice(startPiece, Math.min(endPiece, shownTo)));
  return { line: left + visible.map((g) => g.text).join('') + right, underline: padding + '^'.repeat(Math.max(1, carets)) };
}

/** The graphemes shown: all when they fit, else a window that starts a little before the span. */
function visibleRange(pieces: readonly Grapheme[], startPiece: number, clipped: boolean): [number, number] {
  if (!clipped && widthOf(pieces) <= EXCERPT_COLUMNS) return [0, pieces.length];
  let from = startPiece;
  let before = 0;
  while (from > 0 && before + columns(pieces[from - 1]!) <= LEFT_CONTEXT) before += columns(pieces[--from]!);
  let to = from;
  let used = 0;
  while (to < pieces.length && used + columns(pieces[to]!) <= EXCERPT_COLUMNS) used += columns(pieces[to++]!);
  return [from, Math.max(to, Math.min(pieces.length, startPiece + 1))];
}

function firstLineBreak(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  const r = text.indexOf('\r', from);
  if (n === -1) return r === -1 ? text.length : r;
  return r === -1 ? n : Math.min(n, r);
}

/** A window must not start on the second half of a surrogate pair, nor end between the halves. */
function safeStart(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  return unit >= 0xdc00 && unit <= 0xdfff ? index + 1 : index;
}

function safeEnd(text: string, index: number): number {
  const unit = text.charCodeAt(index - 1);
  return unit >= 0xd800 && unit <= 0xdbff ? index - 1 : index;
}

/** The budget counts a tab as four columns (it shows as one to eight). */
function columns(g: Grapheme): number {
  return g.text === '\t' ? 4 : g.width;
}

function widthOf(pieces: readonly Grapheme[]): number {
  let total = 0;
  for (const g of pieces) total += columns(g);
  return total;
}

function blank(g: Grapheme): string {
  return g.text === '\t' ? '\t' : ' '.repeat(g.width);
}

/** A grapheme as printed: its offset in the whole text, control characters made visible. */
function shown(g: Grapheme, offset: number): Grapheme {
  const text = printable(g.text);
  return { text, index: g.index + offset, width: text === g.text ? g.width : displayWidth(text) };
}

/** Control characters other than tab would move the terminal's cursor; show them as `·`. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\u00b7');
}
