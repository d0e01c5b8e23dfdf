import type { CheckedQuery } from '@pcaq/core';
import type { Diagnostic } from '@pcaq/core';
import type { EvaluationOutcome } from '@pcaq/evaluator';

/**
 * One page as the server sends it: the rows already as JSON text, joined with commas (DuckDB
 * writes them itself, so a page's rows never become JavaScript objects), the total and the link.
 *
 * @example
 * ```ts
 * const page: JsonPage = { ok: true, diagnostics: [], rowsJson: '{"channel":"x"}', totalCount: 1, nextLink: null };
 * ```
 */
export type JsonPage =
  | { readonly ok: true; readonly diagnostics: readonly Diagnostic[]; readonly rowsJson: string; readonly totalCount: number; readonly nextLink: string | null }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * Rows loaded once, answering queries: in JavaScript memory (`js`) or in an embedded DuckDB
 * table (`duckdb`), chosen as docs/serve.md ("Data and engines") says.
 *
 * @example
 * ```ts
 * const store: RowStore = await openRowStore(['usage.csv'], { engine: 'auto' });
 * const outcome = await store.evaluate(checkQuery({ top: 10 }).checked!, '/v1/analytics/commercial/usage/license/');
 * await store.close();
 * ```
 */
export interface RowStore {
  readonly engine: 'js' | 'duckdb';
  /** How many rows were loaded. */
  readonly rowCount: number;
  /** The evaluator's answer for `query`, with `nextLink` under `basePath`. */
  evaluate(query: CheckedQuery, basePath: string): Promise<EvaluationOutcome>;
  /** The same answer as JSON text, `licensesActive` spelt `licenseActive` when asked (a fault). */
  page(query: CheckedQuery, basePath: string, licenseActive: boolean): Promise<JsonPage>;
  close(): Promise<void>;
}

/**
 * Which engine holds the rows: `auto` picks DuckDB for Parquet or when the files together are
 * larger than {@link DUCKDB_FROM_BYTES}, JavaScript otherwise.
 *
 * @example
 * ```ts
 * const engine: EngineChoice = 'auto';
 * ```
 */
export type EngineChoice = 'auto' | 'js' | 'duckdb';

/**
 * The size from which `auto` serves files through DuckDB: 256 MiB, about 1.25M CSV rows. Measured
 * on a 1M-row, 204 MB CSV (benchmarks/README.md, "pcaq serve"): rows in JavaScript took 249 MB of
 * RSS (strings are interned), peaked at 738 MB against DuckDB's 1,085 MB, and answered a query's
 * first page 3-8x sooner; past this size DuckDB's capped memory is what keeps the server bounded.
 *
 * @example
 * ```ts
 * DUCKDB_FROM_BYTES; // 268435456
 * ```
 */
export const DUCKDB_FROM_BYTES = 256 * 1024 * 1024;
