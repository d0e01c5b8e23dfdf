import type { Command } from 'commander';
import { groupByNames, rowShape, type Schema } from '@pcaq/core';
import { compileQuery, type EvaluationResult } from '@pcaq/evaluator';
import { formatProblem, INPUT_EXTENSIONS, inputFormatOf, isInputFormat, RowReadError, TEXT_ENCODINGS, textEncodingOf, type InputFormat, type ReadProblem, type TextEncoding } from '@pcaq/readers';
import type { OutputTarget } from '../output-target.js';
import { BufferedOutput } from '../eval/buffered-output.js';
import { evaluateWithDuckDb, isEngineError } from '../eval/run-duckdb-engine.js';
import { runJsEngine } from '../eval/run-js-engine.js';
import { startProgress, type ProgressStats } from '../eval/progress.js';
import { createRowWriter, type OutputFormat } from '../eval/row-writers.js';
import { checkInputFile } from '../input-files.js';
import { choice } from '../option-choice.js';
import type { CliIo } from '../io.js';
import { addFormatOption } from '../output-formats.js';
import { addOutputOptions, withOutput, type OutputOptionValues } from '../output-options.js';
import { addQueryOptions, readQueryOptions, readStdinOptions, type CommandLineQuery, type QueryOptionValues } from '../query-options.js';
import { checkReportedQuery, reportQueryDiagnostics } from '../query-report.js';
import { unknownFormatError } from '../unknown-format.js';
import { ProblemsReported, UsageError } from '../usage-error.js';

interface EvalOptions extends QueryOptionValues, OutputOptionValues {
  readonly caseSensitive?: boolean;
  readonly all?: boolean;
  readonly format: OutputFormat;
  readonly inputFormat?: InputFormat;
  readonly encoding?: TextEncoding;
  readonly skipBadRows?: boolean;
  readonly engine: 'js' | 'duckdb';
}

const EXAMPLES = `
Examples:
  $ pcaq eval usage.json --filter "workloadCode eq 'SFB' or (channel eq 'Reseller')"
  $ pcaq eval usage.csv --groupby customerTenantId,workloadCode --format table
  $ pcaq eval usage.csv --url "?filter=channel%20eq%20%27Reseller%27&top=100&skip=100"
  $ pcaq eval - --input-format ndjson --all --format csv < rows.ndjson > result.csv
  $ pcaq eval usage.csv --filter - --format ndjson -o result.ndjson < filter.txt
  $ pcaq eval subscriptions.json --endpoint subscriptions --filter "contains(productName,'Office')"

The result is printed only when the whole of it is known: a bad row met after some rows were
evaluated leaves standard output (or -o FILE) empty, never half a document. With --format json
an error is a JSON object {"error": {...}} on standard output instead.

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
    .description('evaluate a query over rows of an endpoint (default license-usage), offline, as the service would')
    .argument('<file>', "rows: .json, .ndjson/.jsonl or .csv ('-' for standard input)")
    .option('--case-sensitive', 'compare text exactly (GUIDs still ignore case)')
    .option('--all', 'return every row of the result, ignoring top and skip')
    .option('--input-format <format>', 'json, ndjson or csv (default: from the extension)', choice('--input-format', ['json', 'ndjson', 'csv'], 'eval'))
    .option('--encoding <encoding>', `text encoding of the input: ${TEXT_ENCODINGS.join(', ')} (default: UTF-8, or UTF-16 by its byte-order mark)`, encodingChoice)
    .option('--skip-bad-rows', 'skip rows that cannot be read, and report them, instead of stopping')
    .option('--engine <engine>', 'js or duckdb', choice('--engine', ['js', 'duckdb'], 'eval'), 'js');
  addQueryOptions(command);
  addFormatOption(command, 'eval');
  addOutputOptions(command, 'eval').addHelpText('after', EXAMPLES);
  command.action((file: string, raw: EvalOptions) => withOutput(io, raw, 'eval', (target) => evaluateFile(file, raw, io, target)));
}

/** Checks the query once, then evaluates the checked query; every byte of the result goes to `target`, delivered only if this returns. */
async function evaluateFile(file: string, raw: EvalOptions, io: CliIo, target: OutputTarget): Promise<void> {
  const options = await readStdinOptions(raw, io, 'eval', file === '-' ? "the rows '-'" : undefined);
  const given = readQueryOptions(options, 'eval');
  if (file !== '-') await checkInputFile(file, 'eval', 'file of rows');
  const format = inputFormatFor(file, options.inputFormat);
  const basePath = basePathOf(given);
  const checked = checkReportedQuery(given, io, options);
  if (options.engine === 'duckdb') {
    const skippedByDuckDb: ReadProblem[] = [];
    const outcome = await evaluateWithDuckDb(file, checked, {
      caseSensitive: options.caseSensitive === true, all: options.all === true, basePath, inputFormat: format, skipBadRows: options.skipBadRows === true,
      ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
      onSkip: (problem) => skippedByDuckDb.push(problem),
    }).catch((error: unknown) => {
      if (!isEngineError(error)) throw error;
      io.stderr.write(`pcaq: ${error.message}\n`);
      const code = (error as Error & { readonly code?: string }).code;
      throw new ProblemsReported({ kind: 'data', message: error.message, file, ...(code !== undefined ? { code } : {}) });
    });
    if (!outcome.ok) return reportQueryDiagnostics(outcome.diagnostics, given.texts, io, options);
    return writeResult(outcome, options, io, target, groupColumns(groupByNames(checked), checked.schema), skippedByDuckDb);
  }
  const compiled = compileQuery(checked, { caseSensitive: options.caseSensitive === true, basePath });
  const out = new BufferedOutput(target);
  const writer = createRowWriter(options.format, out, groupColumns(groupByNames(checked), checked.schema));
  const skipped: ReadProblem[] = [];
  let stats: () => ProgressStats = () => ({ rows: 0, bytes: 0 });
  const stopProgress = startProgress(io.stderr, io.stderrIsTty, () => stats());
  try {
    const result = await runJsEngine({
      path: file, stdin: io.stdin, format, encoding: options.encoding, compiled, all: options.all === true,
      skipBadRows: options.skipBadRows === true, onSkip: (problem) => skipped.push(problem),
      writer, out, watch: (current) => { stats = current; },
    });
    stopProgress();
    writer.end(result);
    out.flush();
    if (options.quiet !== true) {
      reportSkipped(skipped, io);
      reportMore(result, options.format, io);
    }
  } catch (error) {
    stopProgress();
    if (!(error instanceof RowReadError)) throw error;
    io.stderr.write(`pcaq: ${error.message}\n`);
    const { file: where, line, column, code } = error.problem;
    throw new ProblemsReported({ kind: 'data', message: error.message, file: where, line, column, code });
  }
}

function encodingChoice(value: string): TextEncoding {
  const encoding = textEncodingOf(value);
  if (encoding !== undefined) return encoding;
  throw new UsageError(`--encoding must be one of ${TEXT_ENCODINGS.join(', ')}, not '${value}'`, 'eval');
}

function inputFormatFor(file: string, given: InputFormat | undefined): InputFormat {
  if (given !== undefined) return given;
  if (file === '-') return 'json';
  const format = inputFormatOf(file);
  if (format === undefined || !isInputFormat(format)) {
    throw unknownFormatError(file, 'eval', INPUT_EXTENSIONS, ['json', 'ndjson', 'csv']);
  }
  return format;
}

/** `nextLink` is a relative URI: the path of `--url` when one was given, else the endpoint's path. */
function basePathOf(given: CommandLineQuery): string {
  if (given.base === undefined) return given.schema.endpoint.paths[0] ?? '/';
  try {
    return new URL(given.base).pathname;
  } catch {
    return given.base;
  }
}

/** A grouped row's columns: the group-by fields, then the schema's counts in response order, then its snapshot date if it has one. */
function groupColumns(groupby: readonly string[], schema: Schema): string[] | undefined {
  if (groupby.length === 0) return undefined;
  const shape = rowShape(schema);
  const counts = shape.fields.filter((field) => shape.countFields.has(field));
  return [...groupby, ...counts, ...(shape.fields.includes('processedDateTime') ? ['processedDateTime'] : [])];
}

/** Writes a whole result; `columns` as the js engine's writer has them, so both engines print the same bytes (an empty grouped result keeps its header). */
function writeResult(result: EvaluationResult, options: EvalOptions, io: CliIo, target: OutputTarget, columns: readonly string[] | undefined, skipped: readonly ReadProblem[] = []): void {
  const out = new BufferedOutput(target);
  const writer = createRowWriter(options.format, out, columns);
  for (const row of result.value) writer.row(row);
  writer.end(result);
  out.flush();
  if (options.quiet !== true) {
    reportSkipped(skipped, io);
    reportMore(result, options.format, io);
  }
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
