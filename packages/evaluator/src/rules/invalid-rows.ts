import { NO_SPAN, type DiagnosticInit } from '@pcaq/core';

/**
 * PCAQ0502: the input is not rows, or row `row` is not an object (docs/diagnostics.md, PCAQ0502).
 * `found` describes what was given; the line is the row number, or 1 for input that is not rows
 * at all.
 *
 * @example
 * ```ts
 * createDiagnostic('', invalidRows('null as row 2', 2)).line; // 2
 * ```
 */
export function invalidRows(found: string, row = 1): DiagnosticInit {
  return { code: 'PCAQ0502', span: NO_SPAN, line: row, args: { found } };
}
