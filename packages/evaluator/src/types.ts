import type { Diagnostic, Row } from '@pcaq/core';

export type { Row, RowValue } from '@pcaq/core';

/**
 * What an evaluation answers, as the service would: one page of rows, how many rows the whole
 * result has, and the relative URI of the next page (`null` when no rows remain).
 *
 * @example
 * ```ts
 * const result: EvaluationResult = { value: [], totalCount: 0, nextLink: null };
 * ```
 */
export interface EvaluationResult {
  readonly value: Row[];
  readonly totalCount: number;
  readonly nextLink: string | null;
}

/**
 * How a query is compiled.
 *
 * @example
 * ```ts
 * const options: EvaluatorOptions = { caseSensitive: true, basePath: '/partner/v1/analytics/commercial/usage/license' };
 * ```
 */
export interface EvaluatorOptions {
  /**
   * Compare text exactly instead of case-insensitively (the default: docs/evaluation.md, "Equality"). GUID fields
   * (`customerTenantId`, `productId`) compare case-insensitively either way.
   */
  readonly caseSensitive?: boolean;
  /** The path `nextLink` starts with; default `LICENSE_USAGE_PATH` from `@pcaq/core`. */
  readonly basePath?: string;
}

/**
 * How one run over rows behaves.
 *
 * @example
 * ```ts
 * const options: EvaluationRunOptions = { all: true, onRow: (row) => console.log(row) };
 * ```
 */
export interface EvaluationRunOptions {
  /** Return every row of the result, ignoring `skip` and `top` (`nextLink` is then null). */
  readonly all?: boolean;
  /**
   * Receives the result's rows in order instead of collecting them in `value` (which is then
   * empty). Rows are handed over as soon as they are known to belong to the result: at once when
   * the processed date is fixed, at the end of the run when it is "the latest in the data".
   */
  readonly onRow?: (row: Row) => void;
}

/**
 * `evaluate`'s answer: the result with any warnings, or, for a query with errors, only the
 * diagnostics (nothing was evaluated). Check `ok` before reading `value`.
 *
 * @example
 * ```ts
 * declare const rows: Row[];
 * declare const query: CheckedQuery; // checkQuery({ filter: "channel eq 'Reseller'" }).checked
 * const outcome = evaluate(rows, query);
 * if (outcome.ok) console.log(outcome.totalCount);
 * else console.error(outcome.diagnostics);
 * ```
 */
export type EvaluationOutcome =
  | (EvaluationResult & { readonly ok: true; readonly diagnostics: readonly Diagnostic[] })
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };
