import { createDiagnostic, LICENSE_USAGE_PATH, LICENSE_USAGE_SCHEMA, rowShape, type Diagnostic, type Query } from '@pcaq/core';
import { resolveQuery, type ResolvedQuery } from '@pcaq/linter';
import { compileFilter, type RowPredicate } from './compile-filter.js';
import { createEvaluation, type Evaluation } from './evaluation.js';
import { requireObject } from './evaluator-argument-error.js';
import { GroupIndex } from './group-index.js';
import { createNextLink } from './next-link.js';
import { latestProcessedDay, processedDay } from './processed-date.js';
import { createGroupCollector, createRowCollector, type Paging } from './result-collector.js';
import { openRowSource, type RowSource } from './row-source.js';
import { invalidRows } from './rules/invalid-rows.js';
import type { EvaluatorOptions, EvaluationOutcome, Row, EvaluationRunOptions } from './types.js';

/**
 * A query checked and compiled once, to run over any number of row sets.
 *
 * @example
 * ```ts
 * declare const rows: Row[];
 * const compiled = compileQuery({ filter: "workloadCode eq 'SFB'", groupby: 'customerTenantId' });
 * if (compiled.ok) {
 *   const page = compiled.evaluate({ Value: rows });
 *   const streamed = await compiled.evaluateAsync(readRows('usage.csv'));
 *   if (page.ok) console.log(page.totalCount);
 * }
 * ```
 */
export interface CompiledQuery {
  readonly ok: true;
  /** Warnings about the query (errors never reach a compiled query). */
  readonly diagnostics: readonly Diagnostic[];
  /** The checked query with defaults applied. */
  readonly query: ResolvedQuery;
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
 * `compileQuery`'s answer: a compiled query, or the diagnostics that stop one (check `ok`).
 *
 * @example
 * ```ts
 * const compiled: CompileOutcome = compileQuery({ filter: "channel EQ 'x'" });
 * if (!compiled.ok) console.log(compiled.diagnostics[0]?.code); // 'PCAQ0105'
 * ```
 */
export type CompileOutcome = CompiledQuery | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * Checks a query with `@pcaq/linter`'s `resolveQuery` and compiles it into closures, once.
 * Never throws for a bad query: the outcome then has `ok: false` and the diagnostics.
 *
 * @throws EvaluatorArgumentError when `query` is not an object (`null`, a string) or `options`
 *   is neither an object nor undefined/null; the same for a run's options.
 * @example
 * ```ts
 * declare const rows: Row[];
 * const compiled = compileQuery({ filter: "channel eq 'Reseller'", top: 100 });
 * if (compiled.ok) console.log(compiled.evaluate(rows));
 * ```
 */
export function compileQuery(query: Query, given?: EvaluatorOptions): CompileOutcome {
  requireObject('query', query, false);
  requireObject('options', given, true);
  const options = given ?? {};
  const schema = options.schema ?? LICENSE_USAGE_SCHEMA;
  const resolved = resolveQuery(query, { schema });
  if (resolved.query === undefined) return { ok: false, diagnostics: resolved.diagnostics };
  const checked = resolved.query;
  const caseSensitive = options.caseSensitive ?? false;
  const filter: RowPredicate | undefined = checked.filter && compileFilter(checked.filter, schema, caseSensitive);
  const groupFields = checked.groupby && checked.groupby.length > 0 ? checked.groupby : undefined;
  const nextLink = createNextLink(query, checked, options.basePath ?? LICENSE_USAGE_PATH);
  const shape = rowShape(schema);
  const askedDay = checked.processedDateTime === undefined ? undefined : processedDay(checked.processedDateTime);

  const start = (givenRun?: EvaluationRunOptions & { readonly latestDay?: string }): Evaluation => {
    requireObject('run', givenRun, true);
    const run = givenRun ?? {};
    const paging: Paging = { skip: checked.skip, top: checked.top, all: run.all ?? false };
    const day = askedDay ?? run.latestDay;
    const collector = groupFields
      ? createGroupCollector(() => new GroupIndex(groupFields, schema, caseSensitive), paging)
      : createRowCollector(paging, day === undefined ? undefined : run.onRow);
    return createEvaluation({ filter, collector, paging, day, nextLink, emit: run.onRow, shape });
  };

  const warnings = resolved.diagnostics;
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
