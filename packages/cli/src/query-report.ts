import { hasErrors, type Diagnostic, type DiagnosticSource } from '@pcaq/core';
import { wantsColor, type CliIo } from './io.js';
import { tooManyWarnings, type OutputOptionValues } from './output-options.js';
import { renderDiagnostics, shownDiagnostics, summary } from './render-diagnostics.js';
import { ProblemsReported } from './usage-error.js';

/**
 * For commands whose output is not the diagnostics themselves (`fmt`, `url`, `eval`, `sql`):
 * prints the query's diagnostics on standard error as `pcaq lint` prints them (errors only with
 * `--quiet`), and stops the command when there is an error or more warnings than
 * `--max-warnings`, so nothing is printed on standard output (docs/cli.md).
 *
 * @throws ProblemsReported (exit 1) when the query cannot be used.
 * @example
 * ```ts
 * reportQueryDiagnostics([...given.diagnostics, ...lintQuery(given.query)], given.texts, io, options);
 * ```
 */
export function reportQueryDiagnostics(
  diagnostics: readonly Diagnostic[],
  texts: Partial<Record<DiagnosticSource, string>>,
  io: CliIo,
  options: OutputOptionValues,
): void {
  const shown = shownDiagnostics(diagnostics, options.quiet === true);
  io.stderr.write(renderDiagnostics(shown, texts, { format: 'text', color: wantsColor(io, 'stderr', options.color) }));
  if (hasErrors(diagnostics)) {
    throw new ProblemsReported({ kind: 'query', message: `the query has problems: ${summary(diagnostics)}`, diagnostics });
  }
  if (tooManyWarnings(diagnostics, options)) {
    const message = `the query has problems: ${summary(diagnostics)}, more than --max-warnings ${options.maxWarnings}`;
    io.stderr.write(`pcaq: ${message}\n`);
    throw new ProblemsReported({ kind: 'query', message, diagnostics });
  }
}
