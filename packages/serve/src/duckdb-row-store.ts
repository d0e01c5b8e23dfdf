import { stat } from 'node:fs/promises';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { LICENSE_USAGE_SCHEMA, quoteLiteral, rowShape, type CheckedQuery, type Schema } from '@pcaq/core';
import { EngineError, fileSourceOf } from '@pcaq/engines';
import type { EvaluationOutcome, Row } from '@pcaq/evaluator';
import { countFromTextSql, fileColumnsSql, quoteIdentifier, sqlColumns, type SqlColumns, type SqlFileSource } from '@pcaq/sql';
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
 * Loads the files into one DuckDB table, once, without their rows ever entering JavaScript, and
 * answers queries with `@pcaq/sql`'s SQL over that table: a query's whole result is computed once
 * and kept (`result-cache.ts`), so each page costs the page, and only the page comes back into
 * JavaScript. Counts are checked while loading: a count
 * that is not a non-negative integer stops the load with an error naming the file and row.
 *
 * @throws EngineError naming the file when one cannot be read or holds a bad count.
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
  const { aliases } = rowShape(schema);
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: options.memoryLimit ?? '1GB' });
  const loader = await instance.connect();
  const present = new Set<string>();
  let rowCount = 0;
  try {
    for (const [index, file] of files.entries()) {
      const source = await fileSourceOf(file);
      const fileColumns = await columnsOf(loader, source);
      for (const { name } of fileColumns) present.add(aliases.get(name) ?? name);
      // Only Parquet keeps its types when loaded (CSV and JSON are read as text).
      const dated = source.format === 'parquet' && fileColumns.some(({ name, type }) => name === 'processedDateTime' && /^(DATE|TIMESTAMP)/.test(type));
      const read = rawRead(source, (await stat(file)).size, dated, columns);
      const sql = `${index === 0 ? `CREATE TABLE ${quoteIdentifier(TABLE)} AS` : `INSERT INTO ${quoteIdentifier(TABLE)}`} ${normalised(read, rowCount, columns)}`;
      await runOn(loader, sql, file);
      rowCount = await countRows(loader);
      await checkCounts(loader, file, columns);
    }
    for (const name of columns.readCounts) await loader.run(`ALTER TABLE ${quoteIdentifier(TABLE)} DROP COLUMN ${quoteIdentifier(`pcaq_bad_${name}`)}`);
  } catch (error) {
    loader.closeSync();
    instance.closeSync();
    throw error;
  }
  loader.closeSync();
  // Plain rows keep the fields the files have, in the response's order, as the readers do.
  const fields = columns.fields.filter((name) => present.has(name));
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

/** Every column as read from the file, text where the format allows (GUIDs and dates stay as written). */
function rawRead(source: SqlFileSource, bytes: number, dated: boolean, fields: SqlColumns): string {
  const path = literal(source.path);
  const text = (names: readonly string[]): string => names.map((name) => `${literal(name)}: 'VARCHAR'`).join(', ');
  const columns = fields.fileColumns;
  switch (source.format) {
    case 'csv':
      return `SELECT * FROM read_csv(${path}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`;
    case 'parquet':
      // A Parquet date or timestamp is written as the service writes dates (2018-10-14T00:00:00), not as DuckDB's text (a space before the time).
      return dated ? `SELECT * REPLACE (strftime("processedDateTime", '%Y-%m-%dT%H:%M:%S') AS "processedDateTime") FROM read_parquet(${path})` : `SELECT * FROM read_parquet(${path})`;
    case 'ndjson':
      return `SELECT * FROM read_json(${path}, format = 'newline_delimited', columns = {${text(columns)}})`;
    case 'json': {
      if (source.envelope === undefined) return `SELECT * FROM read_json(${path}, format = 'array', columns = {${text(columns)}})`;
      const struct = columns.map((name) => `${quoteIdentifier(name)} VARCHAR`).join(', ');
      return `SELECT unnest(${quoteIdentifier(source.envelope)}, max_depth := 2) FROM read_json(${path}, format = 'unstructured', maximum_object_size = ${objectLimit(bytes)}, columns = {${literal(source.envelope)}: 'STRUCT(${struct})[]'})`;
    }
  }
}

/**
 * The rows as the table holds them: the schema's fields (aliases folded in; a column the file
 * lacks is NULL), counts as exact integers read as @pcaq/sql reads them (NULL where one is not,
 * caught by `checkCounts`, which finds the text in `pcaq_bad_*`), and the row's place across all files.
 */
function normalised(read: string, before: number, fields: SqlColumns): string {
  const frame = fields.fileColumns.map((name) => `CAST(NULL AS VARCHAR) AS ${quoteIdentifier(name)}`).join(', ');
  const all = `${read} UNION ALL BY NAME SELECT ${frame} WHERE false`;
  const asText = (name: string): string => `CAST(${quoteIdentifier(name)} AS VARCHAR)`;
  const items = fields.fields.map((name) => {
    const aliases = fields.aliasesOf.get(name) ?? [];
    const column = aliases.length > 0 ? `COALESCE(${[name, ...aliases].map(asText).join(', ')})` : asText(name);
    if (!fields.readCounts.includes(name)) return `${column} AS ${quoteIdentifier(name)}`;
    // @pcaq/sql's count reading, the one the file engine uses (docs/engines.md, "Rows and columns from the schema").
    const count = countFromTextSql(column);
    return `${count.value} AS ${quoteIdentifier(name)}, CASE WHEN NOT ${count.valid} THEN ${column} END AS ${quoteIdentifier(`pcaq_bad_${name}`)}`;
  });
  return `SELECT ${items.join(', ')}, ${before} + row_number() OVER () AS ${quoteIdentifier(ORDINAL)} FROM (${all}) AS pcaq_read`;
}

/** The columns the file has, by DuckDB's own detection (the load names every column, so it cannot tell). */
async function columnsOf(connection: DuckDBConnection, source: SqlFileSource): Promise<{ readonly name: string; readonly type: string }[]> {
  const describe = fileColumnsSql(source);
  const reader = await connection.runAndReadAll(describe.text, [...describe.params]);
  return reader.getRowObjects().map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
}

async function countRows(connection: DuckDBConnection): Promise<number> {
  const reader = await connection.runAndReadAll(`SELECT count(*) AS n FROM ${quoteIdentifier(TABLE)}`);
  return Number(reader.getRowObjects()[0]?.n ?? 0);
}

/** A bad count stops the load, as it stops `pcaq eval`; the columns holding the bad text are dropped once every file is in. */
async function checkCounts(connection: DuckDBConnection, file: string, fields: SqlColumns): Promise<void> {
  for (const name of fields.readCounts) {
    const bad = quoteIdentifier(`pcaq_bad_${name}`);
    const reader = await connection.runAndReadAll(`SELECT ${quoteIdentifier(ORDINAL)} AS row_number, ${bad} AS value FROM ${quoteIdentifier(TABLE)} WHERE ${bad} IS NOT NULL ORDER BY 1 LIMIT 1`);
    const found = reader.getRowObjects()[0];
    if (found !== undefined) {
      throw new EngineError(`${file}: row ${String(found.row_number)}: ${name} is not a non-negative integer: ${JSON.stringify(String(found.value))}`);
    }
  }
}

async function runOn(connection: DuckDBConnection, sql: string, file: string): Promise<void> {
  try {
    await connection.run(sql);
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    throw new EngineError(`cannot load '${file}': ${message}`);
  }
}

/**
 * A response body is one JSON object, so DuckDB's cap on an object's size (16 MB by default) must
 * cover the file; DuckDB reserves the cap up front, so it is the file's size (plus slack), not 2 GB.
 */
function objectLimit(bytes: number): number {
  return Math.min(2_147_483_647, Math.max(16 * 1024 * 1024, bytes + 1024 * 1024));
}

/** The one quoter of core: SQL doubles a quote in a string as the filter language does. */
const literal = quoteLiteral;

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
