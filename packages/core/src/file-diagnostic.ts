import { rememberOrigin, reviseDiagnostic, type Diagnostic, type FixInit } from './diagnostic.js';
import { InvalidArgumentError } from './invalid-argument.js';
import type { LineColumn, Span } from './span.js';

/**
 * A diagnostic of a query found in a file. `span`, `line` and `column` (and the spans of its
 * fixes' edits) index the file's text, not the query's; `endLine` and `endColumn` are those of
 * `span.end`; all are 1-based and columns count UTF-16 code units. `query` is the decoded text the
 * linter saw.
 *
 * @example
 * ```ts
 * const d: FileDiagnostic = {
 *   code: 'PCAQ0104', severity: 'error', message: "Strings are written in single quotes: 'SFB'.",
 *   span: { start: 32, end: 39 }, line: 2, column: 17, endLine: 2, endColumn: 24,
 *   file: 'src/usage.py', query: 'workloadCode eq "SFB"', source: 'filter',
 * };
 * ```
 */
export interface FileDiagnostic extends Diagnostic {
  /** The file, relative to where the scan started, with `/` separators. */
  readonly file: string;
  readonly endLine: number;
  readonly endColumn: number;
  readonly query: string;
}

/**
 * The file a query was found in: its name, how to find line and column of an offset, and the
 * decoded query text the linter saw there.
 *
 * @example
 * ```ts
 * const lines = new LineIndex('q = "?top=0"');
 * const place: QueryInFile = { file: 'a.py', position: (offset) => lines.at(offset), query: 'top=0' };
 * ```
 */
export interface QueryInFile {
  readonly file: string;
  readonly position: (offset: number) => LineColumn;
  readonly query: string;
}

/**
 * A diagnostic of a query's text made again for the file the query was found in: `span` and the
 * fixes and suggestions (already mapped to the file, their text still from the message table)
 * replace those of `diagnostic`; line and column are the file's (docs/diagnostics.md, "How
 * diagnostics are made").
 *
 * @throws InvalidArgumentError when `diagnostic` was not made by `createDiagnostic`, or `place`
 * is not a file place.
 * @example
 * ```ts
 * const d = createDiagnostic('top=0', { code: 'PCAQ0401', span: { start: 4, end: 5 }, args: { value: '0' } });
 * const lines = new LineIndex('q = "?top=0"');
 * relocateToFile(d, { file: 'a.py', position: (offset) => lines.at(offset), query: 'top=0' }, { span: { start: 10, end: 11 } }).column; // 11
 * ```
 */
export function relocateToFile(
  diagnostic: Diagnostic,
  place: QueryInFile,
  at: { readonly span: Span; readonly fixes?: readonly FixInit[]; readonly suggestions?: readonly FixInit[] },
): FileDiagnostic {
  if (typeof place !== 'object' || place === null || typeof place.position !== 'function') throw new InvalidArgumentError('relocateToFile', 'place', 'is not a file place');
  const moved = reviseDiagnostic(diagnostic, { text: place.position, span: at.span, fixes: at.fixes ?? [], suggestions: at.suggestions ?? [] });
  const end = place.position(at.span.end);
  return rememberOrigin(Object.freeze({ ...moved, endLine: end.line, endColumn: end.column, file: place.file, query: place.query }), moved);
}
