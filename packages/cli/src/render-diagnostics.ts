import type { Diagnostic, DiagnosticSource } from '@pcaq/core';
import { createColors } from 'picocolors';

/**
 * How `renderDiagnostics` prints: compiler-style text, or the JSON document of `--format json`.
 *
 * @example
 * ```ts
 * const options: RenderOptions = { format: 'text', color: false };
 * ```
 */
export interface RenderOptions {
  readonly format: 'text' | 'json';
  readonly color: boolean;
}

/**
 * Renders diagnostics as `pcaq lint` prints them. Text: one block per diagnostic, the location
 * line (`filter:1:17: error PCAQ0104: ...`), the source line, a caret underline under the whole
 * span (to the end of its first line), and the first fix or suggestion as a hint; then a count.
 * JSON: `{ "diagnostics": [...] }`, each as SPEC section 4 plus `source`.
 *
 * @example
 * ```ts
 * io.stdout.write(renderDiagnostics(diagnostics, { filter: text }, { format: 'text', color: false }));
 * ```
 */
export function renderDiagnostics(
  diagnostics: readonly Diagnostic[],
  texts: Partial<Record<DiagnosticSource, string>>,
  options: RenderOptions,
): string {
  if (options.format === 'json') return JSON.stringify({ diagnostics: diagnostics.map(toJson) }, null, 2) + '\n';
  if (diagnostics.length === 0) return '';
  const blocks = diagnostics.map((d) => renderOne(d, texts[d.source ?? 'filter'], options.color));
  return blocks.join('') + summary(diagnostics) + '\n';
}

/**
 * A diagnostic as the CLI's JSON shows it: SPEC section 4's fields in a fixed order, `fixes`
 * always present (empty when there is none), `suggestions` when there are some, and `source`.
 *
 * @example
 * ```ts
 * JSON.stringify(toJson(diagnostic));
 * ```
 */
export function toJson(d: Diagnostic): Record<string, unknown> {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    span: { start: d.span.start, end: d.span.end },
    line: d.line,
    column: d.column,
    fixes: d.fixes ?? [],
    ...(d.suggestions ? { suggestions: d.suggestions } : {}),
    source: d.source ?? 'filter',
  };
}

/**
 * `2 errors, 1 warning`.
 *
 * @example
 * ```ts
 * summary([]); // '0 errors, 0 warnings'
 * ```
 */
export function summary(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
}

function renderOne(d: Diagnostic, text: string | undefined, color: boolean): string {
  const c = createColors(color);
  const paint = d.severity === 'error' ? c.red : c.yellow;
  const where = `${d.source ?? 'filter'}:${d.line}:${d.column}`;
  let out = `${c.bold(where)}: ${paint(c.bold(d.severity))} ${c.dim(d.code)}: ${d.message}\n`;
  if (text !== undefined) {
    const { line, underline } = sourceExcerpt(text, d.span.start, d.span.end);
    out += `  ${line}\n  ${paint(underline)}\n`;
  }
  const hint = d.fixes?.[0] ?? d.suggestions?.[0];
  if (hint) out += `  ${c.cyan(d.fixes?.[0] ? 'fix' : 'suggestion')}: ${hint.message}\n`;
  return out;
}

/**
 * The line of `text` that holds `start`, and an underline of `^` under `start..end` (clipped
 * to that line; at least one caret). Tabs are kept in the padding so columns line up, and an
 * astral character counts as one column.
 *
 * @example
 * ```ts
 * sourceExcerpt("workloadCode eq \"SFB\"", 16, 21); // { line: 'workloadCode eq "SFB"', underline: '                ^^^^^' }
 * ```
 */
export function sourceExcerpt(text: string, start: number, end: number): { line: string; underline: string } {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  const rest = text.slice(lineStart);
  const lineLength = rest.search(/[\r\n]/);
  const line = lineLength === -1 ? rest : rest.slice(0, lineLength);
  const from = Math.min(start - lineStart, line.length);
  const to = Math.max(from, Math.min(end - lineStart, line.length));
  const padding = Array.from(line.slice(0, from), (ch) => (ch === '\t' ? '\t' : ' ')).join('');
  const width = Math.max(1, Array.from(line.slice(from, to)).length);
  return { line: printable(line), underline: padding + '^'.repeat(width) };
}

/** Control characters other than tab would move the terminal's cursor; show them as `·`. */
function printable(line: string): string {
  return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '\u00b7');
}
