import { eastAsianWidth } from 'get-east-asian-width';

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
/**
 * Characters whose width depends on their neighbours (combining marks, joiners, variation
 * selectors, emoji, flags, Hangul jamo) or that print nothing: text holding none of them is
 * measured one code point at a time.
 */
const CONTEXTUAL = /[\p{M}\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u20E3\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF]/u;
const ZERO_WIDTH = /[\p{M}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
let segmenter: Intl.Segmenter | undefined;
/**
 * `string-width`, loaded only by {@link loadWideText}: its import alone (an emoji table of regular
 * expressions) costs about 50 ms of CPU, which `pcaq lint` on plain ASCII text should not pay
 * (docs/performance.md, "Start-up").
 */
let stringWidth: ((text: string) => number) | undefined;

/**
 * Loads what measures emoji, marks and joiners exactly. The CLI calls it before running a command
 * that may show such text (any argument outside printable ASCII, a `%` escape, standard input, a
 * file's contents); until then a grapheme is measured code point by code point, marks and
 * joiners as 0, which differs from `string-width` only for emoji sequences.
 *
 * @example
 * ```ts
 * await loadWideText();
 * displayWidth('👍🏽'); // 2
 * ```
 */
export async function loadWideText(): Promise<void> {
  stringWidth ??= (await import('string-width')).default;
}

function segmentWidth(segment: string): number {
  if (PRINTABLE_ASCII.test(segment)) return segment.length;
  if (stringWidth !== undefined) return stringWidth(segment);
  let width = 0;
  for (const character of segment) width += ZERO_WIDTH.test(character) ? 0 : eastAsianWidth(character.codePointAt(0)!);
  return width;
}

function segmentsOf(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter();
  return segmenter.segment(text);
}

/**
 * The number of terminal columns `text` takes: East Asian wide characters and emoji count 2,
 * combining marks 0, as `string-width` measures them. The cost is linear in the length: printable
 * ASCII is its length; text without emoji, marks or joiners is summed code point by code point
 * (`get-east-asian-width`); other text is cut into graphemes and each measured by `string-width`
 * (which, given a whole long line, takes time that grows faster than its length).
 *
 * @example
 * ```ts
 * displayWidth('Söhne'); // 5
 * displayWidth('中文');  // 4
 * displayWidth('👍');    // 2
 * ```
 */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  if (!CONTEXTUAL.test(text)) {
    for (const character of text) width += eastAsianWidth(character.codePointAt(0)!);
    return width;
  }
  for (const { segment } of segmentsOf(text)) width += segmentWidth(segment);
  return width;
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
  for (const { segment, index } of segmentsOf(text)) {
    out.push({ text: segment, index, width: segment === '\t' ? 0 : segmentWidth(segment) });
  }
  return out;
}
