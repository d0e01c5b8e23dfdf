/**
 * The message of an `invalid-count` problem; `shown` is the value as written in the input (a
 * JSON number's own text, never a rounded double; a string quoted).
 *
 * @example
 * ```ts
 * invalidCountMessage('licensesActive', '1e3'); // "licensesActive must be a non-negative integer written in digits; found 1e3"
 * ```
 */
export function invalidCountMessage(field: string, shown: string): string {
  return `${field} must be a non-negative integer written in digits; found ${shown}`;
}
