import { NO_SPAN, type DiagnosticInit } from '@pcaq/core';

/**
 * PCAQ0503: a text field of row `row` nests objects or arrays deeper than `limit` levels
 * (docs/diagnostics.md, PCAQ0503), found while the filter or the group-by read it.
 *
 * @example
 * ```ts
 * createDiagnostic('', valueTooDeep(1, 'channel', 64)).line; // 1
 * ```
 */
export function valueTooDeep(row: number, field: string, limit: number): DiagnosticInit {
  return { code: 'PCAQ0503', span: NO_SPAN, line: row, args: { row, field, limit } };
}
