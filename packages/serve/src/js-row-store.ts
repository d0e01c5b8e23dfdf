import type { Query } from '@pcaq/core';
import { compileQuery, type Row } from '@pcaq/evaluator';
import { readRows, type InputFormat } from '@pcaq/readers';
import type { RowStore } from './row-store.js';

/**
 * Options of {@link openJsRowStore}.
 *
 * @example
 * ```ts
 * const options: JsRowStoreOptions = { caseSensitive: false, inputFormat: 'ndjson' };
 * ```
 */
export interface JsRowStoreOptions {
  readonly caseSensitive?: boolean;
  /** The files' format; default from each file's extension. */
  readonly inputFormat?: InputFormat;
}

/**
 * Reads every file's rows into memory (in the order given, file after file) with `@pcaq/readers`
 * and answers queries with `@pcaq/evaluator`: exactly `pcaq eval`'s answers.
 *
 * @throws RowReadError naming file, line and column for a file that cannot be read as rows.
 * @example
 * ```ts
 * const store = await openJsRowStore(['usage.json']);
 * await store.evaluate({ groupby: 'channel' }, '/v1/analytics/commercial/usage/license/');
 * ```
 */
export async function openJsRowStore(files: readonly string[], options: JsRowStoreOptions = {}): Promise<RowStore> {
  const rows: Row[] = [];
  for (const file of files) {
    const source = readRows(file, options.inputFormat === undefined ? {} : { format: options.inputFormat });
    for await (const batch of source.batches()) for (const row of batch) rows.push(row as Row);
  }
  const caseSensitive = options.caseSensitive ?? false;
  return {
    engine: 'js',
    rowCount: rows.length,
    evaluate(query: Query, basePath: string) {
      const compiled = compileQuery(query, { caseSensitive, basePath });
      return Promise.resolve(compiled.ok ? compiled.evaluate(rows) : compiled);
    },
    close: () => Promise.resolve(),
  };
}
