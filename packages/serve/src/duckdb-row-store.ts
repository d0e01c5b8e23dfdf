import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { LICENSE_USAGE_SCHEMA, type CheckedQuery, type Schema } from '@pcaq/core';
import { loadFilesIntoDuckDb, type LoadedFiles } from '@pcaq/engines';
import type { EvaluationOutcome, Row } from '@pcaq/evaluator';
import { sqlColumns, type SqlColumns } from '@pcaq/sql';
import { checkEndpointColumns } from './endpoint-columns.js';
import { createResultCache } from './result-cache.js';
import type { RowStore } from './row-store.js';

/**
 * Options of {@link openDuckDbRowStore}.
 *
 * @example
 * ```ts
 * const options: DuckDbRowStoreOptions = { memoryLimit: '512MB', connections: 2 };
 * ```
 */
export interface DuckDbRowStoreOptions {
  readonly caseSensitive?: boolean;
  /** DuckDB's `memory_limit`; past it DuckDB spills to its temporary directory. Default `1GB`. */
  readonly memoryLimit?: string;
  /** How many queries run at once (one connection each); default 2. */
  readonly connections?: number;
  /** How many whole results are kept for paging (docs/serve.md, "Data and engines"); default 16. */
  readonly results?: number;
  /** The rows' schema: its fields, counts and aliases are the table's columns; default licence usage. */
  readonly schema?: Schema;
}

const TABLE = 'pcaq_rows';
const ORDINAL = 'pcaq_row';

/**
 * Loads the files into one DuckDB table, once, read exactly as `pcaq eval --engine duckdb` reads
 * them (`@pcaq/engines`' `loadFilesIntoDuckDb`; docs/serve.md, "Reading files as pcaq eval does"),
 * and answers queries with `@pcaq/sql`'s SQL over that table: a query's whole result is computed
 * once and kept (`result-cache.ts`), so each page costs the page, and only the page comes back into
 * JavaScript. A file `pcaq eval` refuses is refused here with the same error, and so is a file
 * whose columns are another endpoint's (PCAQ0524, `endpoint-columns.ts`).
 *
 * @throws EngineError naming the file (and line and column where the readers place the problem)
 *   when one cannot be read or holds bad data.
 * @example
 * ```ts
 * const store = await openDuckDbRowStore(['usage-2026.parquet']);
 * await store.evaluate(checkQuery({ filter: "channel eq 'Reseller'", top: 1000 }).checked!, '/v1/analytics/commercial/usage/license/');
 * await store.close();
 * ```
 */
export async function openDuckDbRowStore(files: readonly string[], options: DuckDbRowStoreOptions = {}): Promise<RowStore> {
  // Fields, counts and aliases come from the schema's row shape (docs/engines.md, "Rows and columns from the schema").
  const schema = options.schema ?? LICENSE_USAGE_SCHEMA;
  const columns = sqlColumns(schema);
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: options.memoryLimit ?? '1GB' });
  const loader = await instance.connect();
  let loaded: LoadedFiles;
  try {
    loaded = await loadFilesIntoDuckDb(loader, files, { table: TABLE, ordinal: ORDINAL, schema });
    for (const [index, path] of files.entries()) checkEndpointColumns(path, loaded.columns[index] ?? [], schema);
  } catch (error) {
    loader.closeSync();
    instance.closeSync();
    throw error;
  }
  loader.closeSync();
  // Plain rows keep the fields the files have, in their order, as `pcaq eval` does.
  const { fields, rowCount } = loaded;
  const pool = await createPool(instance, Math.max(1, options.connections ?? 2));
  const cache = createResultCache((work) => pool.use(work), {
    source: { kind: 'table', name: TABLE, ordinal: ORDINAL },
    caseSensitive: options.caseSensitive ?? false,
    results: Math.max(1, options.results ?? 16),
    schema,
  });
  return {
    engine: 'duckdb',
    rowCount,
    async evaluate(query: CheckedQuery, basePath: string): Promise<EvaluationOutcome> {
      const outcome = await cache.evaluate(query, basePath);
      if (!outcome.ok || (outcome.value.length > 0 && !isPlainRow(outcome.value[0], columns))) return outcome;
      return { ...outcome, value: outcome.value.map((row) => keepFields(row, fields)) };
    },
    page: (query, basePath, licenseActive) => cache.page(query, basePath, fields, licenseActive),
    close() {
      pool.close();
      instance.closeSync();
      return Promise.resolve();
    },
  };
}

/** A grouped row has only its group fields and sums; a plain row has ordinary fields (the SQL returns every field of the schema). */
function isPlainRow(row: Row | undefined, columns: SqlColumns): boolean {
  return row !== undefined && columns.fields.every((name) => name in row);
}

function keepFields(row: Row, fields: readonly string[]): Row {
  const kept: Record<string, Row[string]> = {};
  for (const name of fields) kept[name] = row[name] ?? null;
  return kept;
}

interface Pool {
  use<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T>;
  close(): void;
}

/** A fixed set of connections; a query waits for a free one, so DuckDB never runs more than `size` at once. */
async function createPool(instance: DuckDBInstance, size: number): Promise<Pool> {
  const free: DuckDBConnection[] = [];
  for (let index = 0; index < size; index++) free.push(await instance.connect());
  const all = [...free];
  const waiting: ((connection: DuckDBConnection) => void)[] = [];
  const release = (connection: DuckDBConnection): void => {
    const next = waiting.shift();
    if (next) next(connection);
    else free.push(connection);
  };
  return {
    async use(work) {
      const connection = free.pop() ?? (await new Promise<DuckDBConnection>((resolve) => waiting.push(resolve)));
      try {
        return await work(connection);
      } finally {
        release(connection);
      }
    },
    close() {
      for (const connection of all) connection.closeSync();
    },
  };
}
