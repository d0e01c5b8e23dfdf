import { PROCESSED_DATE_TIME, SQL_INTERNAL_COLUMNS, q, type SqlColumns } from './columns.js';
import type { DialectSql } from './dialect.js';
import { foldCaseSql } from './fold-case.js';

/** The result rows before paging: helper CTEs, the SELECT itself and its response columns. */
export interface ResultSql {
  readonly ctes: readonly string[];
  readonly select: string;
  readonly columns: readonly string[];
}

const ORDINAL = q(SQL_INTERNAL_COLUMNS.ordinal);
const MATCHED = q('pcaq_matched');
const LIST = ',\n         ';

/**
 * Without groupby the result is the matching rows as read (the schema's fields), ordered by their ordinal.
 *
 * @example
 * ```ts
 * plainResult(sqlColumns(LICENSE_USAGE_SCHEMA)).columns; // ['workloadCode', ..., 'processedDateTime']
 * ```
 */
export function plainResult(fields: SqlColumns): ResultSql {
  return {
    ctes: [],
    select: `SELECT ${fields.fields.map(q).join(', ')}, ${ORDINAL} FROM ${MATCHED}`,
    columns: fields.fields,
  };
}

/**
 * With groupby: one row per distinct combination of the group fields, compared as equality
 * compares them (folded with {@link foldCaseSql} unless `exact(field)`), showing the values of the group's first row
 * (lowest ordinal), the schema's count fields in schema order as exact sums (missing counts add
 * nothing; an empty sum is 0; a count whose aggregate is `rows` is the group's row count) and the
 * first row's `processedDateTime`. Its ordinal is its first row's, so groups come in order of first
 * appearance.
 *
 * @example
 * ```ts
 * groupedResult(['channel'], () => false, DIALECTS.duckdb, sqlColumns(LICENSE_USAGE_SCHEMA)).columns; // ['channel', 'licensesActive', 'licensesQualified', 'processedDateTime']
 * ```
 */
export function groupedResult(fields: readonly string[], exact: (field: string) => boolean, sql: DialectSql, schemaColumns: SqlColumns, from = MATCHED): ResultSql {
  const dated = schemaColumns.dated;
  const keys = fields.map((name) => (exact(name) ? q(name) : foldCaseSql(q(name)))).join(', ');
  const counts = schemaColumns.counts;
  // A count the rows do not hold (grouped rows only) adds nothing, as in the evaluator.
  const total = (name: string): string =>
    schemaColumns.rowCounts.has(name) ? 'count(*)' : schemaColumns.readCounts.includes(name) ? `COALESCE(sum(${q(name)}), 0)` : '0';
  const sums = counts.map((name) => `CAST(${total(name)} AS ${sql.exactInteger}) AS ${q(name)}`);
  // `processedDateTime` only where rows are dated by it (docs/engines.md, "Family results").
  const columns = dated ? [...fields, ...counts, PROCESSED_DATE_TIME] : [...fields, ...counts];
  if (sql.firstValues === 'arg_min') {
    // arg_min_null, not arg_min: the first row's value even when it is NULL.
    const first = (name: string): string => `arg_min_null(${q(name)}, ${ORDINAL}) AS ${q(name)}`;
    return {
      ctes: [],
      select: `SELECT ${[...fields.map(first), ...sums, ...(dated ? [first(PROCESSED_DATE_TIME)] : []), `min(${ORDINAL}) AS ${ORDINAL}`].join(LIST)}\n  FROM ${from} GROUP BY ${keys}`,
      columns,
    };
  }
  const groups = q('pcaq_groups');
  const fromGroup = (name: string): string => `${groups}.${q(name)}`;
  const fromRow = (name: string): string => `${from}.${q(name)}`;
  return {
    ctes: [`${groups} AS (\n  SELECT ${[`min(${ORDINAL}) AS ${ORDINAL}`, ...sums].join(LIST)}\n  FROM ${from} GROUP BY ${keys}\n)`],
    select:
      `SELECT ${[...fields.map(fromRow), ...counts.map(fromGroup), ...(dated ? [fromRow(PROCESSED_DATE_TIME)] : []), fromGroup(SQL_INTERNAL_COLUMNS.ordinal)].join(LIST)}\n` +
      `  FROM ${groups} JOIN ${from} ON ${fromRow(SQL_INTERNAL_COLUMNS.ordinal)} = ${fromGroup(SQL_INTERNAL_COLUMNS.ordinal)}`,
    columns,
  };
}
