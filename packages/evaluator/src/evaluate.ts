import type { CheckedQuery } from '@pcaq/core';
import { compileQuery } from './compile-query.js';
import type { RowSource } from './row-source.js';
import type { EvaluationOutcome, EvaluationRunOptions, EvaluatorOptions, Row } from './types.js';

/**
 * Evaluates a checked query over rows held in memory, in one call (see `compileQuery` to run one
 * query many times). Rows may be an array or iterable, or a response body `{ Value: [...] }` /
 * `{ value: [...] }`; `licenseActive` is read as `licensesActive` and numeric-string counts as
 * numbers. Input that is not rows, or a row whose count is not a non-negative integer
 * (`PCAQ0501`), is not evaluated: the outcome has `ok: false` and the diagnostics; nothing throws
 * for them. The umbrella package `pcaq` has the form that takes text.
 *
 * @throws EvaluatorArgumentError when `query` is not a checked query or `options` is not an
 *   object (see `compileQuery`).
 *
 * @example
 * ```ts
 * declare const rows: Row[];
 * const { checked } = checkQuery({ filter: "channel eq 'Reseller'", groupby: 'workloadCode' });
 * const outcome = evaluate(rows, checked!);
 * if (outcome.ok) console.log(outcome.value, outcome.totalCount, outcome.nextLink);
 * ```
 */
export function evaluate(
  rows: RowSource,
  query: CheckedQuery,
  options?: EvaluatorOptions & EvaluationRunOptions,
): EvaluationOutcome {
  return compileQuery(query, options).evaluate(rows, options);
}

/**
 * The streaming form of {@link evaluate}: reads rows as they arrive (an async iterable, such as
 * `@pcaq/readers`' `readRows`) in one pass, with memory bounded by the page or the groups.
 *
 * @throws EvaluatorArgumentError when `query` is not a checked query or `options` is not an
 *   object (see `compileQuery`).
 * @example
 * ```ts
 * const { checked } = checkQuery({ groupby: 'customerTenantId' });
 * const outcome = await evaluateStream(readRows('usage.csv'), checked!);
 * ```
 */
export async function evaluateStream(
  rows: RowSource | AsyncIterable<Row>,
  query: CheckedQuery,
  options?: EvaluatorOptions & EvaluationRunOptions,
): Promise<EvaluationOutcome> {
  return compileQuery(query, options).evaluateAsync(rows, options);
}
