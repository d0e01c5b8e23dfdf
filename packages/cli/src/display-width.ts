import stringWidth from 'string-width';

/**
 * One grapheme (what a terminal draws as one character) and the columns it takes.
 *
 * @example
 * ```ts
 * const g: Grapheme = { text: '中', index: 0, width: 2 };
 * ```
 */
export interface Grapheme {
  readonly text: string;
  /** Its UTF-16 offset in the text it was cut from. */
  readonly index: number;
  /** Terminal columns: 2 for East Asian wide characters and emoji, 0 for a tab (see {@link graphemes}). */
  readonly width: number;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const segmenter = new Intl.Segmenter();

/**
 * The number of terminal columns `text` takes: East Asian wide characters and emoji count 2,
 * combining marks 0 (measured by `string-width`). Printable ASCII is measured without it, being
 * one column a character.
 *
 * @example
 * ```ts
 * displayWidth('Söhne'); // 5
 * displayWidth('中文');  // 4
 * displayWidth('👍');    // 2
 * ```
 */
export function displayWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/**
 * Cuts `text` into graphemes with their widths. Keep `text` short (a window of a line):
 * segmenting is linear but costly per character. A tab's width is 0 here: callers that align
 * under it copy the tab itself.
 *
 * @example
 * ```ts
 * graphemes('a中').map((g) => g.width); // [1, 2]
 * ```
 */
export function graphemes(text: string): Grapheme[] {
  const out: Grapheme[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    out.push({ text: segment, index, width: segment === '\t' ? 0 : displayWidth(segment) });
  }
  return out;
}
