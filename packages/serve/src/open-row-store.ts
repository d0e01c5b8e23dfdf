import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Schema } from '@pcaq/core';
import { EngineError } from '@pcaq/engines';
import { openDuckDbRowStore } from './duckdb-row-store.js';
import { openJsRowStore } from './js-row-store.js';
import { DUCKDB_FROM_BYTES, type EngineChoice, type RowStore } from './row-store.js';

/**
 * Options of {@link openRowStore}.
 *
 * @example
 * ```ts
 * const options: RowStoreOptions = { engine: 'auto', caseSensitive: false, memoryLimit: '1GB' };
 * ```
 */
export interface RowStoreOptions {
  readonly engine?: EngineChoice;
  readonly caseSensitive?: boolean;
  /** DuckDB's memory limit (DuckDB only). */
  readonly memoryLimit?: string;
  /** The rows' schema (the served endpoint's); default licence usage. */
  readonly schema?: Schema;
}

/**
 * Loads the files once into the engine `options.engine` names (`auto`: DuckDB for Parquet or more
 * than {@link DUCKDB_FROM_BYTES} in all, JavaScript otherwise; docs/serve.md, "Data and engines").
 *
 * @throws RowReadError or EngineError naming the file that cannot be read.
 * @example
 * ```ts
 * const store = await openRowStore(['usage.csv'], { engine: 'auto' });
 * console.log(store.engine, store.rowCount);
 * ```
 */
export async function openRowStore(files: readonly string[], options: RowStoreOptions = {}): Promise<RowStore> {
  const engine = await chooseEngine(files, options.engine ?? 'auto');
  const caseSensitive = options.caseSensitive ?? false;
  const schema = options.schema === undefined ? {} : { schema: options.schema };
  if (engine === 'js') return openJsRowStore(files, { caseSensitive, ...schema });
  return openDuckDbRowStore(files, { caseSensitive, ...schema, ...(options.memoryLimit === undefined ? {} : { memoryLimit: options.memoryLimit }) });
}

async function chooseEngine(files: readonly string[], choice: EngineChoice): Promise<'js' | 'duckdb'> {
  if (choice !== 'auto') return choice;
  if (files.some((file) => extname(file).toLowerCase() === '.parquet')) return 'duckdb';
  let bytes = 0;
  for (const file of files) {
    const size = await stat(file).then(
      (found) => found.size,
      (error: NodeJS.ErrnoException) => {
        throw new EngineError(`cannot read '${file}' (${error.code ?? 'error'})`);
      },
    );
    bytes += size;
  }
  return bytes > DUCKDB_FROM_BYTES ? 'duckdb' : 'js';
}
