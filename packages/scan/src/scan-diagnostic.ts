import type { FileDiagnostic } from '@pcaq/core';

/**
 * A diagnostic of a query found in a file: core's `FileDiagnostic`, made by `relocateToFile`.
 * `span`, `line` and `column` (and the spans of its fixes' edits) index the file's text, not the
 * query's; `line` and `column` are 1-based and columns count UTF-16 code units. `query` is the
 * decoded text the linter saw.
 *
 * @example
 * ```ts
 * const d: ScanDiagnostic = {
 *   code: 'PCAQ0104', severity: 'error', message: "Strings are written in single quotes: 'SFB'.",
 *   span: { start: 32, end: 39 }, line: 2, column: 17, endLine: 2, endColumn: 24,
 *   file: 'src/usage.py', query: 'workloadCode eq "SFB"', source: 'filter',
 * };
 * ```
 */
export type ScanDiagnostic = FileDiagnostic;
