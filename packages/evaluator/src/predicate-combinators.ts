import type { Row } from './types.js';

type Test = (row: Row) => boolean;

// One, two and three parts get unrolled closures: they are the common cases, and a loop over an
// array of closures costs a bounds check and an indirect call per step (docs/evaluation.md,
// "Performance design").

/**
 * A row test that holds when every part holds (true for no parts), parts run left to right.
 *
 * @example
 * ```ts
 * allOf([(row) => row.a === 1, (row) => row.b === 2])({ a: 1, b: 2 }); // true
 * ```
 */
export function allOf(parts: readonly Test[]): Test {
  const [a, b, c] = parts;
  if (parts.length === 0) return () => true;
  if (a && parts.length === 1) return a;
  if (a && b && parts.length === 2) return (row) => a(row) && b(row);
  if (a && b && c && parts.length === 3) return (row) => a(row) && b(row) && c(row);
  return (row) => {
    for (const part of parts) if (!part(row)) return false;
    return true;
  };
}

/**
 * A row test that holds when any part holds (false for no parts), parts run left to right.
 *
 * @example
 * ```ts
 * anyOf([(row) => row.a === 1, (row) => row.b === 2])({ a: 0, b: 2 }); // true
 * ```
 */
export function anyOf(parts: readonly Test[]): Test {
  const [a, b, c] = parts;
  if (parts.length === 0) return () => false;
  if (a && parts.length === 1) return a;
  if (a && b && parts.length === 2) return (row) => a(row) || b(row);
  if (a && b && c && parts.length === 3) return (row) => a(row) || b(row) || c(row);
  return (row) => {
    for (const part of parts) if (part(row)) return true;
    return false;
  };
}
