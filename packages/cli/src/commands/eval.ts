import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { hasErrors, LICENSE_USAGE_PATH, type Diagnostic } from '@pcaq/core';
import { compileQuery, type EvaluationResult } from '@pcaq/evaluator';
import { lintQuery } from '@pcaq/linter';
import { formatProblem, inputFormatOf, isInputFormat, RowReadError, type InputFormat, type ReadProblem } from '@pcaq/readers';
import { BufferedOutput } from '../eval/buffered-output.js';
import { evaluateWithDuckDb, isEngineError } from '../eval/run-duckdb-engine.js';
import { runJsEngine } from '../eval/run-js-engine.js';
import { startProgress, type ProgressStats } from '../eval/progress.js';
import { createRowWriter, type OutputFormat } from '../eval/row-writers.js';
import { wantsColor, type CliIo } from '../io.js';
import { addQueryOptions, readQueryOptions, type CommandLineQuery, type QueryOptionValues } from '../query-options.js';
import { renderDiagnostics } from '../render-diagnostics.js';
import { ProblemsReported, UsageError } from '../usage-error.js';

interface EvalOptions extends QueryOptionValues {
  readonly caseSensitive?: boolean;
  readonly all?: boolean;
  readonly format: OutputFormat;
  readonly inputFormat?: InputFormat;
  readonly skipBadRows?: boolean;
  readonly engine: 'js' | 'duckdb';
}

const EXAMPLES = `
Examples:
  $ pcaq eval usage.json --filter "workloadCode eq 'SFB' or (channel eq 'Reseller')"
  $ pcaq eval usage.csv --groupby customerTenantId,workloadCode --format table
  $ pcaq eval usage.csv --url "?filter=channel%20eq%20%27Reseller%27&top=100&skip=100"
  $ pcaq eval - --input-format ndjson --all --format csv < rows.ndjson > result.csv

Exit status: 0 evaluated (warnings allowed), 1 query errors or bad input data, 2 usage error.`;

/** How many skipped rows are listed one by one; the rest are counted. */
const LISTED_PROBLEMS = 10;

/**
 * Registers `pcaq eval`: runs a query over rows from a file (JSON, NDJSON or CSV; `-` for
 * standard input) and prints what the service would answer. The query is linted first; with
 * errors they print as `pcaq lint` prints them and nothing is evaluated.
 *
 * @example
 * ```ts
 * registerEvalCommand(program, processIo());
 * ```
 */
export function registerEvalCommand(program: Command, io: CliIo): void {
  const command = program
    .command('eval')
    .description('evaluate a query over license-usage rows, offline, as the service would')
    .argument('<file>', "rows: .json, .ndjson/.jsonl or .csv ('-' for standard input)")
    .option('--case-sensitive', 'compare text exactly (GUIDs still ignore case)')
    .option('--all', 'return every row of the result, ignoring top and skip')
    .option('--format <format>', 'json, ndjson, csv or table', choice('--format', ['json', 'ndjson', 'csv', 'table']), 'json')
    .option('--input-format <format>', 'json, ndjson or csv (default: from the extension)', choice('--input-format', ['json', 'ndjson', 'csv']))
    .option('--skip-bad-rows', 'skip rows that cannot be read, and report them, instead of stopping')
    .option('--engine <engine>', 'js or duckdb', choice('--engine', ['js', 'duckdb']), 'js');
  addQueryOptions(command).addHelpText('after', EXAMPLES);
  command.action(async (file: string, options: EvalOptions) => {
    const given = readQueryOptions(options, 'eval');
    const format = inputFormatFor(file, options.inputFormat);
    if (file !== '-') await checkReadable(file);
    const basePath = basePathOf(given);
    if (options.engine === 'duckdb') {
      reportQueryProblems([...given.diagnostics, ...lintQuery(given.query)], given, io);
      const skippedByDuckDb: ReadProblem[] = [];
      const outcome = await evaluateWithDuckDb(file, given.query, {
        caseSensitive: options.caseSensitive === true, all: options.all === true, basePath, inputFormat: format, skipBadRows: options.skipBadRows === true,
        onSkip: (problem) => skippedByDuckDb.push(problem),
      }).catch((error: unknown) => {
        if (!isEngineError(error)) throw error;
        io.stderr.write(`pcaq: ${error.message}\n`);
        throw new ProblemsReported();
      });
      if (!outcome.ok) return reportQueryProblems(outcome.diagnostics, given, io);
      return writeResult(outcome, options, io, skippedByDuckDb);
    }
    const compiled = compileQuery(given.query, { caseSensitive: options.caseSensitive === true, basePath });
    reportQueryProblems([...given.diagnostics, ...compiled.diagnostics], given, io);
    if (!compiled.ok) throw new ProblemsReported();
    const out = new BufferedOutput(io.stdout);
    const writer = createRowWriter(options.format, out, groupColumns(compiled.query.groupby));
    const skipped: ReadProblem[] = [];
    let stats: () => ProgressStats = () => ({ rows: 0, bytes: 0 });
    const stopProgress = startProgress(io.stderr, io.stderrIsTty, () => stats());
    try {
      const result = await runJsEngine({
        path: file, stdin: io.stdin, format, compiled, query: given.query, all: options.all === true,
        skipBadRows: options.skipBadRows === true, onSkip: (problem) => skipped.push(problem),
        writer, out, watch: (current) => { stats = current; },
      });
      stopProgress();
      writer.end(result);
      out.flush();
      reportSkipped(skipped, io);
      reportMore(result, options.format, io);
    } catch (error) {
      stopProgress();
      out.flush();
      if (!(error instanceof RowReadError)) throw error;
      io.stderr.write(`pcaq: ${error.message}\n`);
      throw new ProblemsReported();
    }
  });
}

function choice<T extends string>(flag: string, values: readonly T[]): (value: string) => T {
  return (value) => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new UsageError(`${flag} must be one of ${values.join(', ')}, not '${value}'`, 'eval');
  };
}

function inputFormatFor(file: string, given: InputFormat | undefined): InputFormat {
  if (given !== undefined) return given;
  if (file === '-') return 'json';
  const format = inputFormatOf(file);
  if (format === undefined || !isInputFormat(format)) {
    throw new UsageError(`cannot tell the format of '${file}' from its extension; give --input-format json, ndjson or csv`, 'eval');
  }
  return format;
}

async function checkReadable(file: string): Promise<void> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UsageError(`'${file}' is a directory, not a file of rows`, 'eval');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: '${file}'` : `cannot read '${file}' (${code ?? 'error'})`, 'eval');
  }
}

/** `nextLink` is a relative URI: the path of `--url` when one was given, else the API's path. */
function basePathOf(given: CommandLineQuery): string {
  if (given.base === undefined) return LICENSE_USAGE_PATH;
  try {
    return new URL(given.base).pathname;
  } catch {
    return given.base;
  }
}

function reportQueryProblems(diagnostics: readonly Diagnostic[], given: CommandLineQuery, io: CliIo): void {
  if (diagnostics.length === 0) return;
  io.stderr.write(renderDiagnostics(diagnostics, given.texts, { format: 'text', color: wantsColor(io, 'stderr') }));
  if (hasErrors(diagnostics)) throw new ProblemsReported();
}

function groupColumns(groupby: readonly string[] | undefined): string[] | undefined {
  if (groupby === undefined || groupby.length === 0) return undefined;
  return [...new Set(groupby), 'licensesActive', 'licensesQualified', 'processedDateTime'];
}

function writeResult(result: EvaluationResult, options: EvalOptions, io: CliIo, skipped: readonly ReadProblem[] = []): void {
  const out = new BufferedOutput(io.stdout);
  const writer = createRowWriter(options.format, out, undefined);
  for (const row of result.value) writer.row(row);
  writer.end(result);
  out.flush();
  reportSkipped(skipped, io);
  reportMore(result, options.format, io);
}

function reportSkipped(skipped: readonly ReadProblem[], io: CliIo): void {
  if (skipped.length === 0) return;
  const lines = skipped.slice(0, LISTED_PROBLEMS).map((problem) => `  ${formatProblem(problem)}\n`);
  const more = skipped.length > LISTED_PROBLEMS ? `  ... and ${skipped.length - LISTED_PROBLEMS} more\n` : '';
  io.stderr.write(`pcaq: skipped ${skipped.length} bad row${skipped.length === 1 ? '' : 's'}:\n${lines.join('')}${more}`);
}

/** Formats without an envelope say on stderr that more pages exist (the table says it itself). */
function reportMore(result: EvaluationResult, format: OutputFormat, io: CliIo): void {
  if (result.nextLink === null || format === 'json' || format === 'table') return;
  io.stderr.write(`pcaq: ${result.totalCount} rows in all; next page: ${result.nextLink}\n`);
}
