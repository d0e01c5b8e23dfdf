import { NO_SPAN, showValue, type DiagnosticInit } from '@pcaq/core';

/**
 * PCAQ0501: a count field of row `row` holds a value that is not a non-negative integer
 * (docs/diagnostics.md, PCAQ0501). Rows have no text of their own: the row number stands as the
 * line, column 1, span `{ start: 0, end: 0 }`.
 *
 * @example
 * ```ts
 * createDiagnostic('', invalidCount(2, 'licensesActive', -3)).message; // "Row 2: 'licensesActive' must be a non-negative integer; found -3."
 * ```
 */
export function invalidCount(row: number, field: string, value: unknown): DiagnosticInit {
  return { code: 'PCAQ0501', span: NO_SPAN, line: row, args: { row, field, value: showValue(value) } };
}
