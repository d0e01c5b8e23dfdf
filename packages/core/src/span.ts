import { LineIndex } from './line-index.js';
import { InvalidArgumentError } from './invalid-argument.js';

/**
 * A range of the text the user gave: 0-based UTF-16 offsets, `end` exclusive.
 *
 * @example
 * ```ts
 * const span: Span = { start: 0, end: 12 }; // "workloadCode" in "workloadCode eq 'SFB'"
 * ```
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A 1-based line and column (column counted in UTF-16 code units), as editors and compilers show them.
 *
 * @example
 * ```ts
 * const where: LineColumn = { line: 1, column: 17 };
 * ```
 */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/**
 * Creates a frozen span.
 *
 * @example
 * ```ts
 * span(0, 12); // { start: 0, end: 12 }
 * ```
 */
export function span(start: number, end: number): Span {
  return Object.freeze({ start, end });
}

/**
 * The 1-based line and column of a 0-based offset. Lines end at LF, CR LF or a lone CR.
 *
 * @example
 * ```ts
 * lineColumnAt("a eq 'x'\nor b eq 'y'", 9); // { line: 2, column: 1 }
 * ```
 * @throws InvalidArgumentError when `text` is not a string or `offset` not a number.
 */
export function lineColumnAt(text: string, offset: number): LineColumn {
  if (typeof text !== 'string') throw new InvalidArgumentError('lineColumnAt', 'text', 'is not a string');
  if (typeof offset !== 'number') throw new InvalidArgumentError('lineColumnAt', 'offset', 'is not a number');
  // One line counter in the project: LineIndex. A caller with many offsets of one text keeps one.
  return new LineIndex(text).at(offset);
}
