import type { Query } from '@pcaq/core';
import type { EvaluationOutcome } from '@pcaq/evaluator';

/**
 * Rows loaded once, answering queries: in JavaScript memory (`js`) or in an embedded DuckDB
 * table (`duckdb`), chosen as docs/serve.md ("Data and engines") says.
 *
 * @example
 * ```ts
 * const store: RowStore = await openRowStore(['usage.csv'], { engine: 'auto' });
 * const outcome = await store.evaluate({ top: 10 }, '/v1/analytics/commercial/usage/license/');
 * await store.close();
 * ```
 */
export interface RowStore {
  readonly engine: 'js' | 'duckdb';
  /** How many rows were loaded. */
  readonly rowCount: number;
  /** The evaluator's answer for `query`, with `nextLink` under `basePath`. */
  evaluate(query: Query, basePath: string): Promise<EvaluationOutcome>;
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
 * The size from which `auto` serves files through DuckDB: 64 MiB, about 300,000 CSV rows. Below
 * it, rows in JavaScript answer a query in a few milliseconds; above it, their memory (about 1 KB
 * a row as objects) and a full pass per request cost more than DuckDB's columnar table.
 *
 * @example
 * ```ts
 * DUCKDB_FROM_BYTES; // 67108864
 * ```
 */
export const DUCKDB_FROM_BYTES = 64 * 1024 * 1024;
