import { COUNT_FIELDS, SQL_INTERNAL_COLUMNS, SQL_ROW_FIELDS, q } from './columns.js';
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
 * Without groupby the result is the matching rows as read, ordered by their ordinal.
 *
 * @example
 * ```ts
 * plainResult().columns; // ['workloadCode', ..., 'processedDateTime']
 * ```
 */
export function plainResult(): ResultSql {
  return {
    ctes: [],
    select: `SELECT ${SQL_ROW_FIELDS.map(q).join(', ')}, ${ORDINAL} FROM ${MATCHED}`,
    columns: SQL_ROW_FIELDS,
  };
}

/**
 * With groupby: one row per distinct combination of the group fields, compared as equality
 * compares them (folded with {@link foldCaseSql} unless `exact(field)`), showing the values of the group's first row
 * (lowest ordinal), exact sums (missing counts add nothing; an empty sum is 0) and the first
 * row's `processedDateTime`. Its ordinal is its first row's, so groups come in order of first
 * appearance.
 *
 * @example
 * ```ts
 * groupedResult(['channel'], () => false, DIALECTS.duckdb).columns; // ['channel', 'licensesActive', 'licensesQualified', 'processedDateTime']
 * ```
 */
export function groupedResult(fields: readonly string[], exact: (field: string) => boolean, sql: DialectSql): ResultSql {
  const keys = fields.map((name) => (exact(name) ? q(name) : foldCaseSql(q(name)))).join(', ');
  const sums = COUNT_FIELDS.map((name) => `CAST(COALESCE(sum(${q(name)}), 0) AS ${sql.exactInteger}) AS ${q(name)}`);
  const columns = [...fields, ...COUNT_FIELDS, 'processedDateTime'];
  if (sql.firstValues === 'arg_min') {
    // arg_min_null, not arg_min: the first row's value even when it is NULL.
    const first = (name: string): string => `arg_min_null(${q(name)}, ${ORDINAL}) AS ${q(name)}`;
    return {
      ctes: [],
      select: `SELECT ${[...fields.map(first), ...sums, first('processedDateTime'), `min(${ORDINAL}) AS ${ORDINAL}`].join(LIST)}\n  FROM ${MATCHED} GROUP BY ${keys}`,
      columns,
    };
  }
  const groups = q('pcaq_groups');
  const fromGroup = (name: string): string => `${groups}.${q(name)}`;
  const fromRow = (name: string): string => `${MATCHED}.${q(name)}`;
  return {
    ctes: [`${groups} AS (\n  SELECT ${[`min(${ORDINAL}) AS ${ORDINAL}`, ...sums].join(LIST)}\n  FROM ${MATCHED} GROUP BY ${keys}\n)`],
    select:
      `SELECT ${[...fields.map(fromRow), ...COUNT_FIELDS.map(fromGroup), fromRow('processedDateTime'), fromGroup(SQL_INTERNAL_COLUMNS.ordinal)].join(LIST)}\n` +
      `  FROM ${groups} JOIN ${MATCHED} ON ${fromRow(SQL_INTERNAL_COLUMNS.ordinal)} = ${fromGroup(SQL_INTERNAL_COLUMNS.ordinal)}`,
    columns,
  };
}
