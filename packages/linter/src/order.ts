import type { Diagnostic } from '@pcaq/core';

/** Sort order of diagnostics in one text: by where they start, then where they end (stable otherwise). */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}
