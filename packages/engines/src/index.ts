/**
 * pcaq engines (Node-only): run queries compiled by `@pcaq/sql` on embedded DuckDB (over files
 * or tables) or on a PostgreSQL server, with the same answers as `@pcaq/evaluator`.
 *
 * @packageDocumentation
 */
export { evaluateFileWithDuckDb, type DuckDbFileOptions } from './evaluate-file.js';
export { loadFilesIntoDuckDb, type DuckDbLoadOptions, type LoadedFiles } from './load-files.js';
export { evaluateOnDuckDb, evaluateOnPostgres, type EngineEvaluationOptions } from './evaluate-on.js';
export { runSqlOnDuckDb } from './duckdb.js';
export { runSqlOnPostgres, type PostgresQueryable } from './postgres.js';
export { pageOf, type SqlPage } from './sql-page.js';
export { fileSourceOf } from './file-source.js';
export { EngineError, type EngineProblemCode } from './engine-error.js';
export type { FileEncoding } from './utf8-copy.js';
