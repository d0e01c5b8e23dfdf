import { InvalidArgumentError } from './invalid-argument.js';

/**
 * Cuts user text for a message: at most `max` UTF-16 units followed by `…`, never between the two
 * halves of a surrogate pair (a cut there would leave a lone surrogate in the message that the
 * input did not have; docs/diagnostics.md, "Spans and messages"). Text within `max` is returned
 * as it is.
 *
 * @example
 * ```ts
 * truncateText('x'.repeat(100), 60).length; // 61
 * truncateText('ab😀', 3);                   // 'ab…' (not 'ab\ud83d…')
 * ```
 * @throws InvalidArgumentError when `text` is not a string or `max` not a number.
 */
export function truncateText(text: string, max: number): string {
  if (typeof text !== 'string') throw new InvalidArgumentError('truncateText', 'text', 'is not a string');
  if (typeof max !== 'number') throw new InvalidArgumentError('truncateText', 'max', 'is not a number');
  if (text.length <= max) return text;
  return `${text.slice(0, codePointBoundaryAtOrBefore(text, max))}…`;
}

/**
 * The largest offset at or before `offset` that does not fall between a high and a low surrogate.
 *
 * @example
 * ```ts
 * codePointBoundaryAtOrBefore('a😀', 2); // 1
 * codePointBoundaryAtOrBefore('a😀', 3); // 3
 * ```
 * @throws InvalidArgumentError when `text` is not a string or `offset` not a number.
 */
export function codePointBoundaryAtOrBefore(text: string, offset: number): number {
  if (typeof text !== 'string') throw new InvalidArgumentError('codePointBoundaryAtOrBefore', 'text', 'is not a string');
  if (typeof offset !== 'number') throw new InvalidArgumentError('codePointBoundaryAtOrBefore', 'offset', 'is not a number');
  return isInsidePair(text, offset) ? offset - 1 : offset;
}

/**
 * Whether `offset` falls between the high and the low surrogate of one pair (a span edge there
 * would cut a character in half).
 *
 * @example
 * ```ts
 * isInsidePair('😀', 1); // true
 * isInsidePair('\ud83d', 1); // false (a lone surrogate is a whole unit of its own)
 * ```
 * @throws InvalidArgumentError when `text` is not a string or `offset` not a number.
 */
export function isInsidePair(text: string, offset: number): boolean {
  if (typeof text !== 'string') throw new InvalidArgumentError('isInsidePair', 'text', 'is not a string');
  if (typeof offset !== 'number') throw new InvalidArgumentError('isInsidePair', 'offset', 'is not a number');
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
