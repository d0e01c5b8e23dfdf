import { LICENSE_USAGE_PATH, LICENSE_USAGE_SCHEMA, type Diagnostic, type Query } from '@pcaq/core';
import { resolveQuery, type ResolvedQuery } from '@pcaq/linter';
import { compileFilter, type RowPredicate } from './compile-filter.js';
import { createEvaluation, type Evaluation } from './evaluation.js';
import { GroupIndex } from './group-index.js';
import { createNextLink } from './next-link.js';
import { latestProcessedDay, processedDay } from './processed-date.js';
import { createGroupCollector, createRowCollector, type Paging } from './result-collector.js';
import type { EvaluatorOptions, EvaluationResult, Row, EvaluationRunOptions } from './types.js';

/**
 * A query checked and compiled once, to run over any number of row sets.
 *
 * @example
 * ```ts
 * const compiled = compileQuery({ filter: "workloadCode eq 'SFB'", groupby: 'customerTenantId' });
 * if (compiled.ok) {
 *   const page = compiled.evaluate(rows);
 *   const streamed = await compiled.evaluateAsync(readRows('usage.csv'));
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
  /** Evaluates rows held in memory; over an array without a processed date it makes two passes (latest day, then rows). */
  evaluate(rows: Iterable<Row>, options?: EvaluationRunOptions): EvaluationResult;
  /** Evaluates rows as they arrive, in one pass and bounded memory (see `docs/evaluation.md`). */
  evaluateAsync(rows: AsyncIterable<Row> | Iterable<Row>, options?: EvaluationRunOptions): Promise<EvaluationResult>;
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
 * @example
 * ```ts
 * const compiled = compileQuery({ filter: "channel eq 'Reseller'", top: 100 });
 * if (compiled.ok) compiled.evaluate(rows).totalCount;
 * ```
 */
export function compileQuery(query: Query, options: EvaluatorOptions = {}): CompileOutcome {
  const schema = options.schema ?? LICENSE_USAGE_SCHEMA;
  const resolved = resolveQuery(query, { schema });
  if (resolved.query === undefined) return { ok: false, diagnostics: resolved.diagnostics };
  const checked = resolved.query;
  const caseSensitive = options.caseSensitive ?? false;
  const filter: RowPredicate | undefined = checked.filter && compileFilter(checked.filter, schema, caseSensitive);
  const groupFields = checked.groupby && checked.groupby.length > 0 ? checked.groupby : undefined;
  const nextLink = createNextLink(query, checked, options.basePath ?? LICENSE_USAGE_PATH);
  const askedDay = checked.processedDateTime === undefined ? undefined : processedDay(checked.processedDateTime);

  const start = (run: EvaluationRunOptions & { readonly latestDay?: string } = {}): Evaluation => {
    const paging: Paging = { skip: checked.skip, top: checked.top, all: run.all ?? false };
    const day = askedDay ?? run.latestDay;
    const collector = groupFields
      ? createGroupCollector(() => new GroupIndex(groupFields, schema, caseSensitive), paging)
      : createRowCollector(paging, day === undefined ? undefined : run.onRow);
    return createEvaluation({ filter, collector, paging, day, nextLink, emit: run.onRow });
  };

  return {
    ok: true,
    diagnostics: resolved.diagnostics,
    query: checked,
    matches: filter ?? (() => true),
    start,
    evaluate(rows, run = {}) {
      // An array can be read twice: find the latest day first, then stream rows through. Any
      // other iterable may be one-shot, so it gets the one-pass run.
      const latestDay = askedDay ?? (Array.isArray(rows) ? (latestProcessedDay(rows) ?? '') : undefined);
      const evaluation = start(latestDay === undefined ? run : { ...run, latestDay });
      for (const row of rows) evaluation.push(row);
      return evaluation.finish();
    },
    async evaluateAsync(rows, run = {}) {
      const evaluation = start(run);
      for await (const row of rows) evaluation.push(row);
      return evaluation.finish();
    },
  };
}
