import type { LineColumn } from '@pcaq/core';

/**
 * The 1-based line and column of offsets of one text, found by binary search over its line
 * starts (lines end at LF, CR LF or a lone CR, as `lineColumnAt` of `@pcaq/core` counts them).
 *
 * @example
 * ```ts
 * lineIndex('a\r\nbc')(4); // { line: 2, column: 2 }
 * ```
 */
export function lineIndex(text: string): (offset: number) => LineColumn {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - starts[low]! + 1 };
  };
}
