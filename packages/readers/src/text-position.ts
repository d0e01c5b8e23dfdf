/**
 * 1-based line and column of a UTF-16 offset into `text`, counting from a known start position.
 *
 * @example
 * ```ts
 * positionIn('{\n  "a": }', 7, 10, 1); // { line: 11, column: 6 }
 * ```
 */
export function positionIn(text: string, offset: number, line: number, column: number): { line: number; column: number } {
  let lineStart = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i;
    }
  }
  return lineStart < 0 ? { line, column: column + offset } : { line, column: offset - lineStart };
}
