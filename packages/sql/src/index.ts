/**
 * The pcaq SQL compiler: a checked query as one parameterised SQL statement for DuckDB or
 * PostgreSQL, with the evaluator's semantics (docs/evaluation.md, "Semantics"), so a real engine can answer over
 * data too large for memory. It only builds text; `@pcaq/engines` runs it.
 *
 * @packageDocumentation
 */
export { compileSql } from './compile-sql.js';
export { SqlOptionsError } from './sql-options-error.js';
export { quoteIdentifier, quoteQualifiedName } from './identifiers.js';
export { SqlParameters } from './parameters.js';
export { filterSql } from './filter-sql.js';
export { SQL_INTERNAL_COLUMNS, SQL_ROW_FIELDS, sqlColumns, type SqlColumns } from './columns.js';
export { countFromTextSql, csvHeaderSql, fileColumnsSql, fileRowsSql } from './source-sql.js';
export type {
  CompileSqlOptions,
  CompiledSql,
  SqlFileFormat,
  SqlFileSource,
  SqlDialect,
  SqlOutcome,
  SqlParameter,
  SqlSource,
  SqlTableSource,
} from './types.js';
