import { type Diagnostic, type Query } from '@pcaq/core';
import { type ResolvedQuery } from '@pcaq/linter';
import { type Evaluation } from './evaluation.js';
import { type RowSource } from './row-source.js';
import type { EvaluatorOptions, EvaluationOutcome, Row, EvaluationRunOptions } from './types.js';
/**
 * A query checked and compiled once, to run over any number of row sets.
 *
 * @example
 * ```ts
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
    start(options?: EvaluationRunOptions & {
        readonly latestDay?: string;
    }): Evaluation;
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
export type CompileOutcome = CompiledQuery | {
    readonly ok: false;
    readonly diagnostics: readonly Diagnostic[];
};
/**
 * Checks a query with `@pcaq/linter`'s `resolveQuery` and compiles it into closures, once.
 * Never throws for a bad query: the outcome then has `ok: false` and the diagnostics.
 *
 * @throws EvaluatorArgumentError when `query` is not an object (`null`, a string) or `options`
 *   is neither an object nor undefined/null; the same for a run's options.
 * @example
 * ```ts
 * const compiled = compileQuery({ filter: "channel eq 'Reseller'", top: 100 });
 * if (compiled.ok) console.log(compiled.evaluate(rows));
 * ```
 */
export declare function compileQuery(query: Query, given?: EvaluatorOptions): CompileOutcome;
//# sourceMappingURL=compile-query.d.ts.map