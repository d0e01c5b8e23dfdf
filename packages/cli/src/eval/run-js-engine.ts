import { comparisonsOf, groupByNames } from '@pcaq/core';
import { latestProcessedDay, type CompiledQuery, type Evaluation, type EvaluationResult } from '@pcaq/evaluator';
import { readRows, type InputFormat, type ReadProblem, type TextEncoding } from '@pcaq/readers';
import type { BufferedOutput } from './buffered-output.js';
import type { ProgressStats } from './progress.js';
import type { RowWriter } from './row-writers.js';

/** What one evaluation of a file needs. */
export interface JsEngineRun {
  readonly path: string;
  readonly stdin: NodeJS.ReadableStream;
  readonly format: InputFormat;
  readonly encoding: TextEncoding | undefined;
  readonly compiled: CompiledQuery;
  readonly all: boolean;
  readonly skipBadRows: boolean;
  readonly onSkip: (problem: ReadProblem) => void;
  readonly writer: RowWriter;
  readonly out: BufferedOutput;
  /** Receives the current read counters, for the progress line. */
  readonly watch: (stats: () => ProgressStats) => void;
}

/**
 * Streams a file through the compiled query, writing result rows as soon as they are known.
 * Memory: one input chunk, plus the page (`top` rows) or the groups. One exception is made
 * explicit: `--all` without groupby and without a processed date would have to hold every row of
 * the latest date, so for a file it reads the file twice (first only to find the latest date);
 * from standard input, which cannot be re-read, it holds those rows.
 *
 * @example
 * ```ts
 * const result = await runJsEngine({ path: 'usage.csv', format: 'csv', compiled, ... });
 * ```
 */
export async function runJsEngine(run: JsEngineRun): Promise<EvaluationResult> {
  const { compiled } = run;
  const twoPasses = run.all && groupByNames(compiled.query).length === 0 && compiled.query.processedDateTime === undefined && run.path !== '-';
  const latestDay = twoPasses ? await findLatestDay(run) : undefined;
  const evaluation = compiled.start({
    all: run.all,
    onRow: (row) => run.writer.row(row),
    ...(latestDay === undefined ? {} : { latestDay }),
  });
  return evaluateSource(run, evaluation);
}

/**
 * The columns worth interning while streaming: the ones the query reads. Interning every column
 * hashes every cell; rows here are dropped as soon as they are evaluated.
 */
function queriedColumns(compiled: CompiledQuery): string[] {
  const names = new Set<string>(['processedDateTime', ...groupByNames(compiled.query)]);
  for (const node of compiled.query.filter ? comparisonsOf(compiled.query.filter) : []) names.add(node.field.name);
  return [...names];
}

async function findLatestDay(run: JsEngineRun): Promise<string> {
  const source = readRows(run.path, { format: run.format, schema: run.compiled.query.schema, skipBadRows: run.skipBadRows, intern: ['processedDateTime'], ...encodingOption(run) });
  run.watch(() => source.stats);
  let latest = '';
  for await (const batch of source.batches()) {
    const day = latestProcessedDay(batch);
    if (day !== undefined && day > latest) latest = day;
  }
  return latest;
}

async function evaluateSource(run: JsEngineRun, evaluation: Evaluation): Promise<EvaluationResult> {
  const source = readRows(run.path, {
    format: run.format,
    // The rows are read by the query's schema: its counts, booleans, no-value dates and aliases (docs/evaluation.md, "Rows").
    schema: run.compiled.query.schema,
    skipBadRows: run.skipBadRows,
    onSkip: run.onSkip,
    intern: queriedColumns(run.compiled),
    ...encodingOption(run),
    ...(run.path === '-' ? { stream: run.stdin } : {}),
  });
  run.watch(() => source.stats);
  for await (const batch of source.batches()) {
    for (const row of batch) evaluation.push(row);
    await run.out.drain();
  }
  return evaluation.finish();
}

function encodingOption(run: JsEngineRun): { encoding?: TextEncoding } {
  return run.encoding === undefined ? {} : { encoding: run.encoding };
}
