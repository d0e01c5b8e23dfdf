import type { DiagnosticInit, Span } from '@pcaq/core';

/**
 * PCAQ0601 (built-at-run-time): a `filter` or `groupby` value put together at run time
 * (concatenation, interpolation), which pcaq cannot check where it is written (docs/scan.md). A
 * warning at the value's span in the file.
 *
 * @example
 * ```ts
 * builtAtRunTime(span(10, 30), 'filter').args; // { parameter: 'filter value' }
 * ```
 */
export function builtAtRunTime(at: Span, parameter: string): DiagnosticInit {
  return { code: 'PCAQ0601', span: at, args: { parameter: `${parameter} value` } };
}
