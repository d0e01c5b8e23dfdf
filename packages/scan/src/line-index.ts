import { LineIndex, type LineColumn } from '@pcaq/core';

/**
 * The 1-based line and column of offsets of one text, found by binary search over its line
 * starts (lines end at LF, CR LF or a lone CR: `LineIndex` of `@pcaq/core` counts them).
 *
 * @example
 * ```ts
 * lineIndex('a\r\nbc')(4); // { line: 2, column: 2 }
 * ```
 */
export function lineIndex(text: string): (offset: number) => LineColumn {
  // The one line counter of the project is core's LineIndex; this keeps scan's function form.
  const index = new LineIndex(text);
  return (offset) => index.at(offset);
}
