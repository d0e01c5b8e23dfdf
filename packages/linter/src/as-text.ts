/**
 * The text of a value a JavaScript caller passed where text was expected: strings as they are,
 * `undefined`/`null` as `''`, anything else through `String()`, and `''` for the rare object that
 * cannot be turned into a string (no prototype, a throwing `toString`). Never throws.
 */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  try {
    return String(value);
  } catch {
    return '';
  }
}
