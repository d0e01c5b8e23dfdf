import { hasErrors, type CheckedQuery, type Diagnostic, type DiagnosticSource } from '@pcaq/core';
import { checkQuery } from '@pcaq/linter';
import { wantsColor, type CliIo } from './io.js';
import { tooManyWarnings, type OutputOptionValues } from './output-options.js';
import type { CommandLineQuery } from './query-options.js';
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

/**
 * Checks the command line's query once (`checkQuery`) and reports its diagnostics as
 * {@link reportQueryDiagnostics} does; the checked query it returns is what the command passes on
 * to every later stage, which never parses it again (docs/architecture.md, "The checked query").
 *
 * @throws ProblemsReported (exit 1) when the query cannot be used.
 * @example
 * ```ts
 * const checked = checkReportedQuery(readQueryOptions(options, 'eval'), io, options);
 * ```
 */
export function checkReportedQuery(given: CommandLineQuery, io: CliIo, options: OutputOptionValues): CheckedQuery {
  const { checked, diagnostics } = checkQuery(given.query, { schema: given.schema });
  const all = [...given.diagnostics, ...diagnostics];
  reportQueryDiagnostics(all, given.texts, io, options);
  // reportQueryDiagnostics stops at any error, so a query reaching here was checked.
  if (checked === undefined) throw new ProblemsReported({ kind: 'query', message: `the query has problems: ${summary(all)}`, diagnostics: all });
  return checked;
}
