import { LICENSE_USAGE_SCHEMA, type CheckedQuery, type Schema } from '@pcaq/core';
import { compileQuery, type EvaluationOutcome, type Row } from '@pcaq/evaluator';
import { nextLink } from '@pcaq/printer';
import { readRows, type InputFormat } from '@pcaq/readers';
import { checkEndpointColumns } from './endpoint-columns.js';
import { resultKeyOf } from './result-cache.js';
import { rowJson } from './json-body.js';
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
  /** How many whole results are kept for paging; default 16. */
  readonly results?: number;
  /** How many rows the kept results may hold together; default 2,000,000 (references to loaded rows, or group rows). */
  readonly resultRows?: number;
  /** The rows' schema (booleans, counts, aliases, "no value" dates); default licence usage. */
  readonly schema?: Schema;
}

/**
 * Reads every file's rows into memory (in the order given, file after file) with `@pcaq/readers`
 * and answers queries with `@pcaq/evaluator`: exactly `pcaq eval`'s answers. A query's whole
 * result is kept (a bounded number of them), so paging through it costs each page, not a pass
 * over the rows (docs/serve.md, "Data and engines").
 *
 * @throws RowReadError naming file, line and column for a file that cannot be read as rows; EngineError
 *   (PCAQ0524) for a file whose columns are another endpoint's (`endpoint-columns.ts`).
 * @example
 * ```ts
 * const store = await openJsRowStore(['usage.json']);
 * await store.evaluate(checkQuery({ groupby: 'channel' }).checked!, '/v1/analytics/commercial/usage/license/');
 * ```
 */
export async function openJsRowStore(files: readonly string[], options: JsRowStoreOptions = {}): Promise<RowStore> {
  const rows: Row[] = [];
  for (const file of files) {
    const source = readRows(file, { ...(options.inputFormat === undefined ? {} : { format: options.inputFormat }), ...(options.schema === undefined ? {} : { schema: options.schema }) });
    const columns = new Set<string>();
    for await (const batch of source.batches()) {
      for (const row of batch) {
        rows.push(row as Row);
        for (const name in row) columns.add(name);
      }
    }
    checkEndpointColumns(file, [...columns], options.schema ?? LICENSE_USAGE_SCHEMA);
  }
  const caseSensitive = options.caseSensitive ?? false;
  const maxResults = Math.max(1, options.results ?? 16);
  const maxRows = options.resultRows ?? 2_000_000;
  const results = new Map<string, Row[]>();
  let heldRows = 0;
  const keep = (key: string, value: Row[]): void => {
    results.set(key, value);
    heldRows += value.length;
    while (results.size > maxResults || (heldRows > maxRows && results.size > 1)) {
      const [oldest, dropped] = results.entries().next().value as [string, Row[]];
      results.delete(oldest);
      heldRows -= dropped.length;
    }
  };
  const evaluate = (query: CheckedQuery, basePath: string): Promise<EvaluationOutcome> => {
    const compiled = compileQuery(query, { caseSensitive, basePath });
    const key = resultKeyOf(query);
    let all = results.get(key);
    if (all === undefined) {
      const outcome = compiled.evaluate(rows, { all: true });
      if (!outcome.ok) return Promise.resolve(outcome);
      all = outcome.value;
      keep(key, all);
    } else {
      // Most recently used last: a Map iterates in insertion order.
      results.delete(key);
      results.set(key, all);
    }
    const { top, skip } = query;
    return Promise.resolve({
      ok: true as const,
      diagnostics: compiled.diagnostics,
      value: all.slice(skip, skip + top),
      totalCount: all.length,
      nextLink: nextLink(query, all.length, { basePath }),
    });
  };
  return {
    engine: 'js',
    rowCount: rows.length,
    evaluate,
    async page(query, basePath, licenseActive) {
      const outcome = await evaluate(query, basePath);
      if (!outcome.ok) return outcome;
      const rowsJson = outcome.value.map((row) => rowJson(row, licenseActive)).join(',');
      return { ok: true, diagnostics: outcome.diagnostics, rowsJson, totalCount: outcome.totalCount, nextLink: outcome.nextLink };
    },
    close: () => Promise.resolve(),
  };
}
