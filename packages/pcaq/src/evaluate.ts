import type { CheckedQuery, Query } from '@pcaq/core';
import type { EvaluationOutcome, EvaluationRunOptions, Row, RowSource } from '@pcaq/evaluator';
import { compileQuery, type QueryOptions } from './compile-query.js';

/**
 * Checks `query` (text or trees; a checked query as it is) and evaluates it over rows held in
 * memory, in one call (see {@link compileQuery} to run one query many times). Rows may be an
 * array or iterable, or a response body `{ Value: [...] }` / `{ value: [...] }`; `licenseActive`
 * is read as `licensesActive` and numeric-string counts as numbers. A query with errors, input
 * that is not rows, or a row whose count is not a non-negative integer (`PCAQ0501`) is not
 * evaluated: the outcome has `ok: false` and the diagnostics; nothing throws for them.
 *
 * @throws EvaluatorArgumentError when `query` or `options` is not an object (see `compileQuery`).
 * @example
 * ```ts
 * import { evaluate } from 'pcaq';
 * declare const rows: Row[];
 * const outcome = evaluate(rows, { filter: "channel eq 'Reseller'", groupby: 'workloadCode' });
 * if (outcome.ok) console.log(outcome.value, outcome.totalCount, outcome.nextLink);
 * ```
 */
export function evaluate(rows: RowSource, query: Query | CheckedQuery, options?: QueryOptions & EvaluationRunOptions): EvaluationOutcome {
  const compiled = compileQuery(query, options);
  if (!compiled.ok) return compiled;
  return compiled.evaluate(rows, options);
}

/**
 * The streaming form of {@link evaluate}: reads rows as they arrive (an async iterable, such as
 * `@pcaq/readers`' `readRows`) in one pass, with memory bounded by the page or the groups.
 *
 * @throws EvaluatorArgumentError when `query` or `options` is not an object (see `compileQuery`).
 * @example
 * ```ts
 * import { evaluateStream } from 'pcaq';
 * const outcome = await evaluateStream(readRows('usage.csv'), { groupby: 'customerTenantId' });
 * ```
 */
export async function evaluateStream(
  rows: RowSource | AsyncIterable<Row>,
  query: Query | CheckedQuery,
  options?: QueryOptions & EvaluationRunOptions,
): Promise<EvaluationOutcome> {
  const compiled = compileQuery(query, options);
  if (!compiled.ok) return compiled;
  return compiled.evaluateAsync(rows, options);
}
