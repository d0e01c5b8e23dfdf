import { comparisonMode, comparisonsOf, createDiagnostic, findField, dateBuckets, groupByNames, isCheckedQuery, rowShape, takesSnapshot, type CheckedQuery, type Diagnostic } from '@pcaq/core';
import { nextLink } from '@pcaq/printer';
import { compileFilter, type RowPredicate } from './compile-filter.js';
import { createDateBucketer } from './date-buckets.js';
import { createEvaluation, type Evaluation } from './evaluation.js';
import { EvaluatorArgumentError, requireObject } from './evaluator-argument-error.js';
import { GroupIndex } from './group-index.js';
import { latestProcessedDay, processedDay } from './processed-date.js';
import { createGroupCollector, createRowCollector, createSortedCollector, withBuckets, type Paging, type ResultCollector } from './result-collector.js';
import { rowOrder } from './row-order.js';
import { openRowSource, type RowSource } from './row-source.js';
import { invalidRows } from './rules/invalid-rows.js';
import type { EvaluatorOptions, EvaluationOutcome, Row, EvaluationRunOptions } from './types.js';

/**
 * A checked query compiled once, to run over any number of row sets.
 *
 * @example
 * ```ts
 * declare const rows: Row[];
 * const { checked } = checkQuery({ filter: "workloadCode eq 'SFB'", groupby: 'customerTenantId' });
 * const compiled = compileQuery(checked!);
 * const page = compiled.evaluate({ Value: rows });
 * const streamed = await compiled.evaluateAsync(readRows('usage.csv'));
 * if (page.ok) console.log(page.totalCount);
 * ```
 */
export interface CompiledQuery {
  readonly ok: true;
  /**
   * Warnings about the query: none from a checked query (checking reported them); the umbrella
   * package's text form puts the checker's warnings here.
   */
  readonly diagnostics: readonly Diagnostic[];
  /** The checked query with defaults applied. */
  readonly query: CheckedQuery;
  /** Whether a row passes the filter (true when there is no filter), ignoring processed dates. */
  matches(row: Row): boolean;
  /**
   * Evaluates rows held in memory (an iterable or a response body `{ Value: [...] }`); over an
   * array without a processed date it makes two passes (latest day, then rows). Input that is not
   * rows, or a row with a bad count, gives `ok: false` and the diagnostics, never a throw.
   */
  evaluate(rows: RowSource, options?: EvaluationRunOptions): EvaluationOutcome;
  /** Evaluates rows as they arrive, in one pass and bounded memory (see `docs/evaluation.md`); input as for `evaluate`, or an async iterable. */
  evaluateAsync(rows: RowSource | AsyncIterable<Row>, options?: EvaluationRunOptions): Promise<EvaluationOutcome>;
  /**
   * Starts an incremental run. `latestDay` is the day already known to be the latest in the data
   * (for example from a first pass over a file), which lets rows stream out at once.
   */
  start(options?: EvaluationRunOptions & { readonly latestDay?: string }): Evaluation;
}

/**
 * Compiles a checked query (from `@pcaq/linter`'s `checkQuery` or the builder's `toChecked()`)
 * into closures, once; the fields come from `query.schema`. Nothing is parsed here
 * (docs/architecture.md, "The checked query"). The forms that take text live in the umbrella
 * package `pcaq`.
 *
 * @throws EvaluatorArgumentError when `query` is not a checked query (`null`, a string, a `Query`
 *   of text) or `options` is neither an object nor undefined/null; the same for a run's options.
 * @example
 * ```ts
 * declare const rows: Row[];
 * const { checked } = checkQuery({ filter: "channel eq 'Reseller'", top: 100 });
 * if (checked) console.log(compileQuery(checked).evaluate(rows));
 * ```
 */
export function compileQuery(query: CheckedQuery, given?: EvaluatorOptions): CompiledQuery {
  requireObject('query', query, false);
  if (!isCheckedQuery(query)) throw new EvaluatorArgumentError('query', 'query must be a checked query (checkQuery from @pcaq/linter, or a builder\'s toChecked()); text queries are checked by the pcaq package\'s compileQuery');
  requireObject('options', given, true);
  const options = given ?? {};
  const checked = query;
  const { schema } = checked;
  const caseSensitive = options.caseSensitive ?? false;
  const filter: RowPredicate | undefined = checked.filter && compileFilter(checked.filter, schema, caseSensitive);
  const groupNames = groupByNames(checked);
  const groupFields = groupNames.length > 0 ? groupNames : undefined;
  // `nextLink` starts with the endpoint's canonical path unless the caller gives one (docs/evaluation.md, "Paging and nextLink").
  const basePath = options.basePath ?? schema.endpoint?.paths[0];
  const shape = rowShape(schema);
  // Snapshot selection only where the endpoint takes `processedDateTime`; elsewhere every row is
  // of the one undated "day" '' (docs/evaluation.md, "Snapshot selection (`processedDateTime`)").
  const snapshot = takesSnapshot(schema);
  const askedDay = !snapshot ? '' : checked.processedDateTime === undefined ? undefined : processedDay(checked.processedDateTime);
  const buckets = groupFields && dateBuckets(checked);
  const bucket = buckets && createDateBucketer(buckets);
  // Rows are normalised in full after the filter, when there is one (docs/evaluation.md,
  // "Performance design"): before it, only the fields the filter reads. A boolean comparison reads
  // `'TRUE'` as the reader would (docs/evaluation.md, "Booleans"), so its field needs nothing first.
  const filterFields =
    checked.filter && new Set(comparisonsOf(checked.filter).filter((c) => comparisonMode(c, findField(schema, c.field.name)).kind !== 'boolean').map((c) => c.field.name));
  const order = checked.orderby !== undefined && checked.orderby.length > 0 ? rowOrder(checked.orderby, schema, caseSensitive) : undefined;

  const start = (givenRun?: EvaluationRunOptions & { readonly latestDay?: string }): Evaluation => {
    requireObject('run', givenRun, true);
    const run = givenRun ?? {};
    const paging: Paging = { skip: checked.skip, top: checked.top, all: run.all ?? false };
    const day = askedDay ?? run.latestDay;
    const newIndex = groupFields && ((): GroupIndex => new GroupIndex(groupFields, schema, caseSensitive, snapshot));
    const collected: ResultCollector = order
      ? createSortedCollector(order, paging, newIndex)
      : newIndex
        ? createGroupCollector(newIndex, paging)
        : createRowCollector(paging, day === undefined ? undefined : run.onRow);
    const collector = bucket ? withBuckets(collected, bucket) : collected;
    const linkOptions = basePath === undefined ? { all: paging.all } : { all: paging.all, basePath };
    const linkAfter = (totalCount: number): string | null => nextLink(checked, totalCount, linkOptions);
    return createEvaluation({ filter, collector, paging, day, nextLink: linkAfter, emit: run.onRow, shape, snapshot, filterFields });
  };

  const warnings: readonly Diagnostic[] = [];
  const outcome = (evaluation: Evaluation): EvaluationOutcome => {
    const result = evaluation.finish();
    if (evaluation.diagnostics.length > 0) return { ok: false, diagnostics: [...warnings, ...evaluation.diagnostics] };
    return { ok: true, diagnostics: warnings, ...result };
  };
  const notRows = (found: string): EvaluationOutcome => ({
    ok: false,
    diagnostics: [...warnings, createDiagnostic('', invalidRows(found))],
  });

  return {
    ok: true,
    diagnostics: warnings,
    query: checked,
    matches: filter ?? (() => true),
    start,
    evaluate(source, run) {
      requireObject('run', run, true);
      const opened = openRowSource(source, false);
      if (!('rows' in opened)) return notRows(opened.found);
      const rows = opened.rows as Iterable<Row>;
      // An array can be read twice: find the latest day first, then stream rows through. Any
      // other iterable may be one-shot, so it gets the one-pass run.
      const latestDay = askedDay ?? (Array.isArray(rows) ? (latestProcessedDay(rows) ?? '') : undefined);
      const evaluation = start(latestDay === undefined ? run : { ...run, latestDay });
      for (const row of rows) evaluation.push(row);
      return outcome(evaluation);
    },
    async evaluateAsync(source, run) {
      const opened = openRowSource(source, true);
      if (!('rows' in opened)) return notRows(opened.found);
      const evaluation = start(run);
      for await (const row of opened.rows as AsyncIterable<Row> | Iterable<Row>) evaluation.push(row);
      return outcome(evaluation);
    },
  };
}
