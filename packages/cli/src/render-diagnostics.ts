import { diagnosticHelpUri, type Diagnostic, type DiagnosticSource } from '@pcaq/core';
import { createColors } from 'picocolors';
import { sourceExcerpt } from './source-window.js';

export { sourceExcerpt } from './source-window.js';

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
  /** The location a text block starts with; `source:line:column` by default. */
  readonly location?: (d: Diagnostic) => string;
  /** Whether text ends with the count line (`2 errors, 1 warning`); true by default. */
  readonly summary?: boolean;
}

/**
 * How many diagnostics of one parameter the text output shows; `--format json` lists them all.
 *
 * @example
 * ```ts
 * SHOWN_PER_PARAMETER; // 20
 * ```
 */
export const SHOWN_PER_PARAMETER = 20;

/**
 * Renders diagnostics as `pcaq lint` prints them. Text: one block per diagnostic, the location
 * line (`filter:1:17: error PCAQ0104: ...`), the source line clipped around the span, a caret
 * underline under the span, and the first fix or suggestion as a hint; at most
 * {@link SHOWN_PER_PARAMETER} blocks per parameter, then a line saying how many more there are;
 * then the count of all of them. JSON: `{ "diagnostics": [...] }`, every one of them, each as
 * {@link toJson} (docs/cli.md).
 *
 * @example
 * ```ts
 * declare const io: CliIo;
 * const text = "WorkloadCode eq 'SFB'";
 * const { diagnostics } = parseFilter(text);
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
  const shown = new Map<DiagnosticSource, number>();
  let out = '';
  for (const d of diagnostics) {
    const source = d.source ?? 'filter';
    const count = (shown.get(source) ?? 0) + 1;
    shown.set(source, count);
    if (count <= SHOWN_PER_PARAMETER) out += renderOne(d, texts[source], options);
  }
  for (const [source, count] of shown) {
    if (count > SHOWN_PER_PARAMETER) {
      const more = count - SHOWN_PER_PARAMETER;
      out += `${source}: ${more.toLocaleString('en-US')} more ${more === 1 ? 'diagnostic' : 'diagnostics'} not shown (--format json lists them all)\n`;
    }
  }
  return options.summary === false ? out : out + summary(diagnostics) + '\n';
}

/**
 * A diagnostic as the CLI's JSON shows it: the fields of docs/diagnostics.md in a fixed order, `fixes`
 * always present (empty when there is none), `suggestions` when there are some, `source`, and `docUrl`, the code's entry in the manual.
 *
 * @example
 * ```ts
 * declare const diagnostic: Diagnostic;
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
    docUrl: diagnosticHelpUri(d.code),
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

/**
 * The diagnostics `--quiet` leaves: errors only.
 *
 * @example
 * ```ts
 * declare const diagnostics: Diagnostic[];
 * shownDiagnostics(diagnostics, true).every((d) => d.severity === 'error'); // true
 * ```
 */
export function shownDiagnostics(diagnostics: readonly Diagnostic[], quiet: boolean): readonly Diagnostic[] {
  return quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
}

function renderOne(d: Diagnostic, text: string | undefined, options: RenderOptions): string {
  const c = createColors(options.color);
  const paint = d.severity === 'error' ? c.red : c.yellow;
  const where = options.location?.(d) ?? `${d.source ?? 'filter'}:${d.line}:${d.column}`;
  let out = `${c.bold(where)}: ${paint(c.bold(d.severity))} ${c.dim(d.code)}: ${d.message}\n`;
  if (text !== undefined) {
    const { line, underline } = sourceExcerpt(text, d.span.start, d.span.end);
    out += `  ${line}\n  ${paint(underline)}\n`;
  }
  const hint = d.fixes?.[0] ?? d.suggestions?.[0];
  if (hint) out += `  ${c.cyan(d.fixes?.[0] ? 'fix' : 'suggestion')}: ${hint.message}\n`;
  return out;
}
