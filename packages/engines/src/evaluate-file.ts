import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { InvalidArgumentError, canonicalFieldName, groupByNames, isCheckedQuery, rowShape, type CheckedQuery, type Schema } from '@pcaq/core';
import type { EvaluationOutcome, Row } from '@pcaq/evaluator';
import { nextLink } from '@pcaq/printer';
import type { InputFormat, ReadProblem } from '@pcaq/readers';
import { compileSql, fileColumnsSql, sqlColumns, type CompiledSql, type SqlFileFormat, type SqlFileSource } from '@pcaq/sql';
import { runSqlOnDuckDb } from './duckdb.js';
import { readFileWithDuckDb } from './duckdb-file-read.js';
import { linkBase } from './link-base.js';
import { fileFormatOf } from './file-source.js';
import { answerWithReaders } from './reader-check.js';
import { needsReaders } from './readers-needed.js';
import type { FileEncoding } from './utf8-copy.js';

/**
 * Options of {@link evaluateFileWithDuckDb}; they mirror `pcaq eval`'s.
 *
 * @example
 * ```ts
 * const options: DuckDbFileOptions = { inputFormat: 'csv', skipBadRows: true, onSkip: (problem) => console.warn(problem.line) };
 * ```
 */
export interface DuckDbFileOptions {
  /** Compare text exactly (GUIDs still ignore case). */
  readonly caseSensitive?: boolean;
  /** Return every row of the result, ignoring `top` and `skip` (`nextLink` is then null). */
  readonly all?: boolean;
  /** The path `nextLink` starts with; default `LICENSE_USAGE_PATH`. */
  readonly basePath?: string;
  /** The file's format; default from its extension (`.csv`, `.json`, `.ndjson`/`.jsonl`, `.parquet`). */
  readonly inputFormat?: SqlFileFormat;
  /** The file's encoding; default UTF-8 (UTF-16 with a byte-order mark is recognised). */
  readonly encoding?: FileEncoding;
  /** Drop rows whose counts are not non-negative integers instead of failing. */
  readonly skipBadRows?: boolean;
  /** With `skipBadRows`: called for each skipped row, with where the readers place it. */
  readonly onSkip?: (problem: ReadProblem) => void;
  /** A connection to use; default a fresh in-memory DuckDB, closed afterwards. */
  readonly connection?: DuckDBConnection;
}

/**
 * Evaluates a checked query over a CSV, JSON, NDJSON or Parquet file with embedded DuckDB: DuckDB reads
 * the file itself and only the page's rows come back into JavaScript, so files far larger than
 * memory work. The answer is the evaluator's (`@pcaq/evaluator`'s `EvaluationOutcome`): same
 * rows in the same order, same `totalCount` and `nextLink`. Plain rows hold the response fields
 * the file has, in the file's order (other columns are not returned).
 *
 * Bad files are reported as the js engine reports them (docs/engines.md, "Reading files
 * strictly"): DuckDB reads strictly, and when it refuses a file (or would drop rows with
 * `skipBadRows`), `@pcaq/readers` and `@pcaq/evaluator` take over: their error is the readers'
 * `file:line:column: message`, their answer the js engine's.
 *
 * The query is checked already (`checkQuery` from `@pcaq/linter`); nothing here parses it
 * (docs/architecture.md, "The checked query").
 *
 * @throws InvalidArgumentError when `query` is not a checked query (before the file is read).
 * @throws EngineError for a file that cannot be read or bad data (a malformed record, bytes that
 *   are not in the encoding, a count that is not a non-negative integer without `skipBadRows`);
 *   its message names the file, line and column.
 * @example
 * ```ts
 * const { checked } = checkQuery({ groupby: 'customerTenantId,workloadCode', top: 100 });
 * const outcome = await evaluateFileWithDuckDb('usage.parquet', checked!);
 * if (outcome.ok) console.log(outcome.value, outcome.totalCount, outcome.nextLink);
 * ```
 */
export async function evaluateFileWithDuckDb(path: string, query: CheckedQuery, options: DuckDbFileOptions = {}): Promise<EvaluationOutcome> {
  if (!isCheckedQuery(query)) throw new InvalidArgumentError('evaluateFileWithDuckDb', 'query', 'is not a checked query');
  const format = fileFormatOf(path, options.inputFormat);
  const readers = (): Promise<EvaluationOutcome> => answerWithReaders(path, query, format as InputFormat, options);
  const owned = options.connection === undefined ? await DuckDBInstance.create(':memory:') : undefined;
  const connection = options.connection ?? (await owned!.connect());
  const read = { format, schema: query.schema, skipBadRows: options.skipBadRows ?? false, encoding: options.encoding };
  try {
    return await readFileWithDuckDb(path, connection, read, async (source) => {
      const sql = compileSql(query, {
        dialect: 'duckdb',
        source,
        all: options.all ?? false,
        caseSensitive: options.caseSensitive ?? false,
        skipBadRows: options.skipBadRows ?? false,
      });
      // Rows the readers may judge differently (stray quotes, deep nesting) or rows DuckDB would drop
      // (whose lines only the readers know): the readers and the evaluator answer, as the js engine would.
      if (format !== 'parquet' && (await needsReaders(connection, source, sql))) return await readers();
      const page = await runPage(connection, sql, source);
      // Plain rows keep the columns a file has beyond the schema (docs/evaluation.md, "Rows"); the SQL returns the schema's only.
      if (page === undefined) return await readers();
      const link = nextLink(query, page.totalCount, { all: options.all ?? false, ...linkBase(options.basePath, query) });
      return { ok: true, diagnostics: [], value: page.rows, totalCount: page.totalCount, nextLink: link };
    }, readers);
  } finally {
    if (owned !== undefined) {
      connection.closeSync();
      owned.closeSync();
    }
  }
}

/**
 * The result page, rows shaped as the file's fields when plain; undefined when plain rows would
 * lose a column of the file that names no field of the schema (the readers keep it, docs/engines.md,
 * "DuckDB over files: input tolerance").
 */
async function runPage(connection: DuckDBConnection, sql: CompiledSql, source: SqlFileSource): Promise<{ rows: Row[]; totalCount: number } | undefined> {
  const grouped = groupByNames(sql.query).length > 0;
  const names = grouped ? undefined : await fileColumnNames(connection, source);
  if (names !== undefined && hasUnknownColumn(names, sql.schema)) return undefined;
  const page = await runSqlOnDuckDb(connection, sql);
  const rows = names === undefined ? page.rows : keepFileFields(page.rows, schemaFieldsOf(names, sql.schema));
  return { rows, totalCount: page.totalCount };
}

/** Whether a column names no field of the schema (nor an alias of one, nor the processed date of a dated schema). */
function hasUnknownColumn(names: readonly string[], schema: Schema): boolean {
  const shape = rowShape(schema);
  const known = sqlColumns(schema).fields;
  return names.some((name) => {
    const field = canonicalFieldName(shape, name, (other) => names.includes(other));
    return !known.includes(field) && !shape.fields.includes(field);
  });
}

/** The schema's fields the file has, in its order, an alias read as its field (`licenseActive` as `licensesActive`). */
export async function fileFields(connection: DuckDBConnection, source: SqlFileSource, sql: Pick<CompiledSql, 'schema'>): Promise<string[]> {
  return schemaFieldsOf(await fileColumnNames(connection, source), sql.schema);
}

/** The columns a file has, in its order: a CSV header's names (trimmed), else DuckDB's description. */
export async function fileColumnNames(connection: DuckDBConnection, source: SqlFileSource): Promise<string[]> {
  return source.header !== undefined ? source.header.map((name) => name.trim()) : await describedColumns(connection, source);
}

/** The schema's fields among column names, in their order, an alias read as its field. */
export function schemaFieldsOf(names: readonly string[], schema: Schema): string[] {
  const known = new Set<string>(sqlColumns(schema).fields);
  const shape = rowShape(schema);
  const fields: string[] = [];
  for (const name of names) {
    const field = canonicalFieldName(shape, name, (other) => names.includes(other));
    if (known.has(field) && !fields.includes(field)) fields.push(field);
  }
  return fields;
}

async function describedColumns(connection: DuckDBConnection, source: SqlFileSource): Promise<string[]> {
  const describe = fileColumnsSql(source);
  const reader = await connection.runAndReadAll(describe.text, [...describe.params]);
  return reader.getRowObjects().map((row) => String(row.column_name));
}

function keepFileFields(rows: readonly Row[], fields: readonly string[]): Row[] {
  return rows.map((row) => {
    const kept: Record<string, Row[string]> = {};
    for (const name of fields) kept[name] = row[name] ?? null;
    return kept;
  });
}
