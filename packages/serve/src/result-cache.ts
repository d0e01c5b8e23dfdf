import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { groupByNames, quoteLiteral, rowShape, type CheckedQuery, type Schema } from '@pcaq/core';
import { pageOf } from '@pcaq/engines';
import type { EvaluationOutcome } from '@pcaq/evaluator';
import type { JsonPage } from './row-store.js';
import { nextLink, printFilter } from '@pcaq/printer';
import { compileSql, quoteIdentifier, SQL_INTERNAL_COLUMNS, type CompiledSql, type SqlParameter, type SqlTableSource } from '@pcaq/sql';

/** Runs work on a connection of the store's pool. */
export type WithConnection = <T>(work: (connection: DuckDBConnection) => Promise<T>) => Promise<T>;

/**
 * Options of {@link createResultCache}.
 *
 * @example
 * ```ts
 * const options: ResultCacheOptions = { source: { kind: 'table', name: 'pcaq_rows', ordinal: 'pcaq_row' }, caseSensitive: false, results: 16 };
 * ```
 */
export interface ResultCacheOptions {
  readonly source: SqlTableSource;
  readonly caseSensitive: boolean;
  /** How many whole results are kept (each a DuckDB table); the least recently used is dropped past it. */
  readonly results: number;
  /** The rows' schema (docs/engines.md, "Rows and columns from the schema"); default licence usage. */
  readonly schema?: Schema;
}

/**
 * Whole results kept in DuckDB, so that paging through a result costs its pages, not the data.
 *
 * @example
 * ```ts
 * const cache = createResultCache(pool.use, { source, caseSensitive: false, results: 16 });
 * await cache.evaluate(checkQuery({ top: 1000, skip: 5000 }).checked!, '/v1/analytics/commercial/usage/license/');
 * ```
 */
export interface ResultCache {
  evaluate(query: CheckedQuery, basePath: string): Promise<EvaluationOutcome>;
  /**
   * The page as JSON text written by DuckDB: plain rows with `fields` only (grouped rows with
   * their own columns), `licensesActive` spelt `licenseActive` when asked.
   */
  page(query: CheckedQuery, basePath: string, fields: readonly string[], licenseActive: boolean): Promise<JsonPage>;
}

interface CachedResult {
  readonly table: string;
  readonly totalCount: number;
  readonly columns: readonly string[];
}

/**
 * A query's whole result (its rows in order, every page of it) is computed once by `@pcaq/sql`'s
 * SQL and kept in a DuckDB table numbered 1..N; a page is then the rows numbered skip+1..skip+top,
 * which DuckDB finds from the row groups' min/max without scanning the rest. The result's key is
 * what decides its rows: the filter (printed canonically), the group fields and the processed
 * date; `top` and `skip` only choose a page (docs/serve.md, "Data and engines").
 *
 * @example
 * ```ts
 * const cache = createResultCache(withConnection, { source: { kind: 'table', name: 'pcaq_rows', ordinal: 'pcaq_row' }, caseSensitive: false, results: 16 });
 * ```
 */
export function createResultCache(withConnection: WithConnection, options: ResultCacheOptions): ResultCache {
  const results = new Map<string, Promise<CachedResult>>();
  let made = 0;

  // A table being read is dropped only once its last reader is done: an eviction under load
  // must not pull a result from under a page being read.
  const readers = new Map<string, number>();
  const evicted = new Set<string>();
  const release = async (table: string, evict: boolean): Promise<void> => {
    if (evict) evicted.add(table);
    if ((readers.get(table) ?? 0) > 0 || !evicted.has(table)) return;
    evicted.delete(table);
    await withConnection((connection) => connection.run(`DROP TABLE IF EXISTS ${quoteIdentifier(table)}`));
  };
  // Taken in the same step that receives the result (before any other reaction to it, an
  // eviction's included), given back when the page has been read.
  const acquire = (result: CachedResult): CachedResult => {
    readers.set(result.table, (readers.get(result.table) ?? 0) + 1);
    return result;
  };
  const reading = async <T>(result: CachedResult, read: () => Promise<T>): Promise<T> => {
    try {
      return await read();
    } finally {
      const left = (readers.get(result.table) ?? 1) - 1;
      if (left === 0) readers.delete(result.table);
      else readers.set(result.table, left);
      void release(result.table, false).catch(() => undefined);
    }
  };

  const resultOf = (key: string, sql: CompiledSql): Promise<CachedResult> => {
    const known = results.get(key);
    if (known !== undefined) {
      // Most recently used last: a Map iterates in insertion order.
      results.delete(key);
      results.set(key, known);
      return known;
    }
    const table = `pcaq_result_${++made}`;
    const building = withConnection(async (connection) => {
      // Numbered by the result's own order (the sorted place with `orderby`, else the rows' order); the
      // empty result's placeholder row (no ordinal) is left out.
      const order = quoteIdentifier(sql.query.orderby !== undefined && sql.query.orderby.length > 0 ? SQL_INTERNAL_COLUMNS.rank : SQL_INTERNAL_COLUMNS.ordinal);
      await connection.run(
        `CREATE TABLE ${quoteIdentifier(table)} AS SELECT row_number() OVER (ORDER BY ${order}) AS "pcaq_n", * FROM (${sql.text}) AS "pcaq_all" WHERE "pcaq_ordinal" IS NOT NULL ORDER BY "pcaq_n"`,
        sql.params.map(duckDbValue),
      );
      const count = await connection.runAndReadAll(`SELECT count(*) AS "n" FROM ${quoteIdentifier(table)}`);
      return { table, totalCount: Number(count.getRowObjects()[0]?.n ?? 0), columns: sql.columns };
    });
    results.set(key, building);
    building.catch(() => results.delete(key));
    while (results.size > options.results) {
      const [oldest, dropped] = results.entries().next().value as [string, Promise<CachedResult>];
      results.delete(oldest);
      void dropped.then((result) => release(result.table, true)).catch(() => undefined);
    }
    return building;
  };

  const prepare = async (query: CheckedQuery) => {
    const sql = compileSql(query, { dialect: 'duckdb', source: options.source, all: true, caseSensitive: options.caseSensitive });
    return acquire(await resultOf(resultKeyOf(query), sql));
  };
  const pageWhere = (query: CheckedQuery): { readonly where: string; readonly params: bigint[] } => ({
    where: '"pcaq_n" > $1 AND "pcaq_n" <= $2',
    params: [BigInt(query.skip), BigInt(query.skip + query.top)],
  });

  return {
    async evaluate(query, basePath) {
      const result = await prepare(query);
      const { where, params } = pageWhere(query);
      const page = await reading(result, () =>
        withConnection((connection) => connection.runAndReadAll(`SELECT * FROM ${quoteIdentifier(result.table)} WHERE ${where} ORDER BY "pcaq_n"`, params)),
      );
      const rows = pageOf(page.getRowObjects(), { columns: result.columns, schema: query.schema }).rows;
      return { ok: true, diagnostics: [], value: rows, totalCount: result.totalCount, nextLink: nextLink(query, result.totalCount, { basePath }) };
    },
    async page(query, basePath, fields, licenseActive) {
      const result = await prepare(query);
      const grouped = groupByNames(query).length > 0;
      const names = grouped ? result.columns : fields;
      const { booleanFields } = rowShape(query.schema);
      const members = names.map((name) => `${stringLiteral(licenseActive && name === 'licensesActive' ? 'licenseActive' : name)}, ${booleanFields.has(name) ? booleanJson(name) : quoteIdentifier(name)}`);
      const { where, params } = pageWhere(query);
      const text = await reading(result, () => withConnection(async (connection) => {
        const reader = await connection.runAndReadAll(
          `SELECT CAST(string_agg(json_object(${members.join(', ')}), ',' ORDER BY "pcaq_n") AS VARCHAR) AS "rows" FROM ${quoteIdentifier(result.table)} WHERE ${where}`,
          params,
        );
        return reader.getRowObjects()[0]?.rows;
      }));
      const link = nextLink(query, result.totalCount, { basePath });
      return { ok: true, diagnostics: [], rowsJson: typeof text === 'string' ? text : '', totalCount: result.totalCount, nextLink: link };
    },
  };
}

/**
 * A boolean field as JSON: the table holds the text the source normalised it to (`true`, `false`),
 * which the answer gives as a JSON boolean, as `@pcaq/engines` gives it (docs/engines.md, "Family
 * results"); any other text stays text.
 */
function booleanJson(name: string): string {
  const column = quoteIdentifier(name);
  return `CASE ${column} WHEN 'true' THEN 'true'::JSON WHEN 'false' THEN 'false'::JSON ELSE to_json(${column}) END`;
}

/** A field name as an SQL string literal: the one quoter of core (docs/engines.md, "Rows and columns from the schema"). */
const stringLiteral = quoteLiteral;

/**
 * What decides a result's rows, as text: the filter (printed canonically), the group fields, the
 * processed date, the `orderby` keys and the `aggregationLevel`; `top` and `skip` only choose a page of it.
 *
 * @example
 * ```ts
 * resultKeyOf(checkQuery({ top: 10, skip: 20, groupby: 'channel' }).checked!); // '[null,["channel"],null,[],null]'
 * ```
 */
export function resultKeyOf(query: CheckedQuery): string {
  const orderby = query.orderby?.map((key) => `${key.name} ${key.direction}`) ?? [];
  return JSON.stringify([query.filter === undefined ? null : printFilter(query.filter), groupByNames(query), query.processedDateTime ?? null, orderby, query.aggregationLevel ?? null]);
}

/** Integers go in as BIGINT (a JS number would bind as DOUBLE). */
function duckDbValue(value: SqlParameter): DuckDBValue {
  return typeof value === 'number' ? BigInt(value) : value;
}
