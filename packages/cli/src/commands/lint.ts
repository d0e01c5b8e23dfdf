import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { ENDPOINT_SCHEMAS, hasErrors, type Diagnostic } from '@pcaq/core';
import { DEFAULT_ENDPOINT } from '@pcaq/printer';
import { lintQuery, parseFilter, parseGroupBy } from '@pcaq/linter';
import { fixToFixedPoint } from '../fix-loop.js';
import { checkInputFile } from '../input-files.js';
import { wantsColor, type CliIo } from '../io.js';
import { addFormatOption, type FormatOf } from '../output-formats.js';
import { addOutputOptions, outputColor, tooManyWarnings, withOutput, type OutputOptionValues } from '../output-options.js';
import type { OutputTarget } from '../output-target.js';
import { addQueryOptions, endpointOption, hasQueryOptions, readQueryOptions, readStdinOptions, type QueryOptionValues } from '../query-options.js';
import { renderDiagnostics, shownDiagnostics, summary, toJson } from '../render-diagnostics.js';
import { lintReport } from '../formats/lint-report.js';
import { UsageError } from '../usage-error.js';
import { fixUrl, linterDiagnosis } from '../url-fix.js';

interface LintOptions extends QueryOptionValues, OutputOptionValues {
  readonly format: FormatOf<'lint'>;
  readonly fix?: boolean;
  readonly batch?: string;
}

const EXAMPLES = `
Examples:
  $ pcaq lint --filter "workloadCode eq 'SFB' or (channel eq 'Reseller')"
  $ pcaq lint --filter 'WorkloadCode EQ "SFB"' --fix
  workloadCode eq 'SFB'
  $ pcaq lint --groupby customerTenantId,workloadCode --top 500
  $ pcaq lint --url "https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license/?filter=channel%20eq%20%27Reseller%27"
  $ pcaq lint --url "?\\$filter=channel%20EQ%20%27Reseller%27&api-version=2" --fix
  ?filter=channel%20eq%20%27Reseller%27&api-version=2
  $ pcaq lint --batch filters.txt --format json -o report.ndjson
  $ echo "channel eq 'Reseller'" | pcaq lint --filter - --max-warnings 0
  $ pcaq lint --format json --groupby channel,channel --quiet
  $ pcaq lint --endpoint subscriptions --filter "contains(productName,'Office') and autoRenewEnabled eq true"
  $ pcaq lint --url "https://api.partnercenter.microsoft.com/partner/v1/analytics/search?filter=referralSubmitted%20eq%20true"

--batch lints one filter per line (blank lines are skipped); text output names each problem
FILE:LINE:COLUMN, and --format json prints one JSON line per filter. --fix prints the fixed text
(with --batch, one line per input line) and reports the problems that remain, on standard error.
A URL keeps every parameter it has when fixed; only fixes are applied, never suggestions.
--endpoint NAME checks the query against that endpoint ('pcaq endpoints' lists them); without
it, --url's path names the endpoint (a path of no endpoint is a PCAQ0412 warning), else
license-usage. --endpoint with a --url of another endpoint is a PCAQ0413 error.

Exit status: 0 no errors (warnings allowed up to --max-warnings), 1 errors found, 2 usage error.`;

/**
 * Registers `pcaq lint`: every diagnostic of a filter, a group-by list, paging and date
 * parameters, or a whole request URL; `--fix` applies the safe fixes; `--batch` lints a file of
 * filters, one per line.
 *
 * @example
 * ```ts
 * registerLintCommand(program, processIo());
 * ```
 */
export function registerLintCommand(program: Command, io: CliIo): void {
  const command = program
    .command('lint')
    .description('report every problem in a query, with positions and fixes')
    .option('--fix', 'print the text with every safe fix applied, and what remains')
    .option('--batch <file>', "lint one filter per line of FILE ('-' for standard input)");
  addQueryOptions(command);
  addFormatOption(command, 'lint');
  addOutputOptions(command, 'lint').addHelpText('after', EXAMPLES);
  command.action((given: LintOptions) =>
    withOutput(io, given, 'lint', async (out) => {
      if (given.batch !== undefined) {
        if (hasQueryOptions(given)) throw new UsageError('--batch cannot be combined with query options', 'lint');
        return failWhen(io, await lintBatch(given.batch, given, io, out));
      }
      if (!hasQueryOptions(given)) {
        throw new UsageError('nothing to lint: give --filter, --groupby, --top, --skip, --processed-date-time, --orderby, --aggregation-level or --url', 'lint');
      }
      const options = await readStdinOptions(given, io, 'lint');
      if (options.format === 'sarif' || options.format === 'github') {
        if (options.fix) throw new UsageError(`--fix prints text or json, not ${options.format}`, 'lint');
        const diagnostics = lintAll(options);
        out.write(lintReport(options.format, shownDiagnostics(diagnostics, options.quiet === true), readQueryOptions(options, 'lint').texts));
        return failWhen(io, failed(diagnostics, options, io));
      }
      if (options.fix) return failWhen(io, printFixed(options, io, out));
      const diagnostics = lintAll(options);
      out.write(renderDiagnostics(shownDiagnostics(diagnostics, options.quiet === true), readQueryOptions(options, 'lint').texts, {
        format: options.format,
        color: outputColor(io, options),
      }));
      return failWhen(io, failed(diagnostics, options, io));
    }),
  );
}

function lintAll(options: LintOptions): Diagnostic[] {
  const given = readQueryOptions(options, 'lint');
  return [...given.diagnostics, ...lintQuery(given.query, { schema: given.schema })];
}

function failWhen(io: CliIo, problems: boolean): void {
  if (problems) io.setExitCode(1);
}

/** Errors, or more warnings than `--max-warnings` (said on standard error). */
function failed(diagnostics: readonly Diagnostic[], options: LintOptions, io: CliIo): boolean {
  if (hasErrors(diagnostics)) return true;
  if (!tooManyWarnings(diagnostics, options)) return false;
  io.stderr.write(`pcaq: ${summary(diagnostics)}, more than --max-warnings ${options.maxWarnings}\n`);
  return true;
}

/** Fixes each given parameter, then lints the fixed query: what remains is what is reported. */
function printFixed(options: LintOptions, io: CliIo, out: OutputTarget): boolean {
  const { schema } = readQueryOptions(options, 'lint');
  const diagnosis = linterDiagnosis(schema);
  const fixed: LintOptions = {
    ...options,
    ...(options.url !== undefined ? { url: fixUrl(options.url, diagnosis) } : {}),
    ...(options.filter !== undefined ? { filter: fixToFixedPoint(options.filter, (t) => parseFilter(t, { schema }).diagnostics) } : {}),
    ...(options.groupby !== undefined ? { groupby: fixToFixedPoint(options.groupby, (t) => parseGroupBy(t, { schema }).diagnostics) } : {}),
    ...(options.orderby !== undefined ? { orderby: fixToFixedPoint(options.orderby, diagnosis.orderby) } : {}),
    ...(options.aggregationLevel !== undefined ? { aggregationLevel: fixToFixedPoint(options.aggregationLevel, diagnosis.aggregationLevel) } : {}),
  };
  const { texts } = readQueryOptions(fixed, 'lint');
  const remaining = lintAll(fixed);
  const values = fixedValues(fixed);
  if (options.format === 'json') {
    out.write(JSON.stringify({ fixed: values, diagnostics: shownDiagnostics(remaining, options.quiet === true).map(toJson) }, null, 2) + '\n');
  } else {
    const entries = Object.entries(values);
    out.write((entries.length === 1 ? entries[0]![1] : entries.map(([name, value]) => `${name}: ${value}`).join('\n')) + '\n');
    io.stderr.write(renderDiagnostics(shownDiagnostics(remaining, options.quiet === true), texts, { format: 'text', color: wantsColor(io, 'stderr', options.color) }));
  }
  return failed(remaining, options, io);
}

/** The fixed text of each parameter as given: `url` for `--url`, then the options given on their own. */
function fixedValues(options: LintOptions): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of ['url', 'filter', 'groupby', 'top', 'skip', 'processedDateTime', 'orderby', 'aggregationLevel'] as const) {
    const value = options[name];
    if (value !== undefined) values[name] = value;
  }
  return values;
}

/**
 * One filter per line. Blank lines are skipped (they are not filters); with --fix the diagnostics
 * are those of the fixed line, as without --batch.
 */
async function lintBatch(file: string, options: LintOptions, io: CliIo, out: OutputTarget): Promise<boolean> {
  const schema = ENDPOINT_SCHEMAS[endpointOption(options.endpoint, 'lint') ?? DEFAULT_ENDPOINT];
  if (file !== '-') await checkInputFile(file, 'lint', 'file of filters');
  const input = file === '-' ? io.stdin : createReadStream(file);
  const name = file === '-' ? '<stdin>' : file;
  const color = options.fix ? wantsColor(io, 'stderr', options.color) : outputColor(io, options);
  const all: Diagnostic[] = [];
  let lineNumber = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    const text = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') {
      if (options.fix && options.format === 'text') out.write(text + '\n');
      continue;
    }
    const fixed = options.fix ? fixToFixedPoint(text, (t) => parseFilter(t, { schema }).diagnostics) : text;
    const diagnostics = parseFilter(fixed, { source: 'filter', schema }).diagnostics;
    all.push(...diagnostics);
    const shown = shownDiagnostics(diagnostics, options.quiet === true);
    if (options.format === 'json') {
      out.write(JSON.stringify({ line: lineNumber, filter: text, ...(options.fix ? { fixed } : {}), diagnostics: shown.map(toJson) }) + '\n');
      continue;
    }
    const at = lineNumber;
    const report = renderDiagnostics(shown, { filter: fixed }, { format: 'text', color, summary: false, location: (d) => `${name}:${at}:${d.column}` });
    if (options.fix) {
      out.write(fixed + '\n');
      io.stderr.write(report);
    } else out.write(report);
  }
  if (options.format === 'text' && all.length > 0) {
    const total = `${summary(shownDiagnostics(all, options.quiet === true))}\n`;
    if (options.fix) io.stderr.write(total);
    else out.write(total);
  }
  return failed(all, options, io);
}
