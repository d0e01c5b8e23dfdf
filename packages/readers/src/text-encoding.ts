/**
 * The text encodings the readers decode (docs/evaluation.md, "Text encodings"). `utf-8` is the
 * default; a UTF-16 byte-order mark switches it to `utf-16le` or `utf-16be`. `windows-1252` and
 * `latin1` (ISO-8859-1) are for exports from older Windows tools and Excel's "CSV" save.
 *
 * @example
 * ```ts
 * const encoding: TextEncoding = 'windows-1252';
 * ```
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'latin1';

/**
 * Every {@link TextEncoding}, in the order the CLI lists them.
 *
 * @example
 * ```ts
 * TEXT_ENCODINGS.includes('latin1'); // true
 * ```
 */
export const TEXT_ENCODINGS: readonly TextEncoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin1'];

const ALIASES: Readonly<Record<string, TextEncoding>> = {
  'utf-8': 'utf-8', utf8: 'utf-8',
  'utf-16le': 'utf-16le', utf16le: 'utf-16le',
  'utf-16be': 'utf-16be', utf16be: 'utf-16be',
  'windows-1252': 'windows-1252', cp1252: 'windows-1252',
  latin1: 'latin1', 'iso-8859-1': 'latin1',
};

/**
 * The encoding a name denotes (case-insensitive; `utf8`, `cp1252` and `iso-8859-1` are accepted
 * spellings), or `undefined`.
 *
 * @example
 * ```ts
 * textEncodingOf('UTF8');       // 'utf-8'
 * textEncodingOf('ISO-8859-1'); // 'latin1'
 * textEncodingOf('ebcdic');     // undefined
 * ```
 */
export function textEncodingOf(name: string): TextEncoding | undefined {
  return ALIASES[name.toLowerCase()];
}
