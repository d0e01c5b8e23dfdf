import { InvalidArgumentError, dateBuckets, groupByNames, isCheckedQuery, type CheckedQuery } from '@pcaq/core';
import { bucketSql } from './bucket-sql.js';
import { orderSql } from './order-sql.js';
import { checkSqlOptions } from './check-options.js';
import { PROCESSED_DATE_TIME, SQL_INTERNAL_COLUMNS, q, sqlColumns } from './columns.js';
import { DIALECTS } from './dialect.js';
import { filterSql } from './filter-sql.js';
import { processedDaySelection } from './processed-day.js';
import { groupedResult, plainResult, type ResultSql } from './result-sql.js';
import { SqlParameters } from './parameters.js';
import { sourceSql } from './source-sql.js';
import type { CompileSqlOptions, CompiledSql } from './types.js';

const DAY = q(SQL_INTERNAL_COLUMNS.day);
const ORDINAL = q(SQL_INTERNAL_COLUMNS.ordinal);
const TOTAL = q(SQL_INTERNAL_COLUMNS.total);

/**
 * Compiles a checked query to one SQL statement for DuckDB or PostgreSQL that answers exactly as pcaq's
 * evaluator does (docs/evaluation.md, "Semantics"): one processed day (the one asked for, else the latest in the
 * data), the filter with case-insensitive equality by default, groups in order of first
 * appearance with exact sums, plain rows in input order, `skip`/`top` as `OFFSET`/`LIMIT` and the
 * total count on every row. Values are bound parameters and identifiers are quoted: nothing the
 * user gives is written into the SQL text.
 *
 * The query is a `CheckedQuery` (from `@pcaq/linter`'s `checkQuery` or a builder's
 * `toChecked()`); its fields come from `query.schema` and nothing is parsed here
 * (docs/architecture.md, "The checked query"). The umbrella package `pcaq` has the form that
 * takes text and answers with diagnostics for a query with errors.
 *
 * @throws InvalidArgumentError when `query` is not a checked query.
 * @throws SqlOptionsError for invalid options:
 *   an unknown dialect, an empty table name or name part (`''`, `a..b`), an empty ordinal name, a
 *   NUL in a name, a malformed source, or a file source with the PostgreSQL dialect. The error's
 *   `option` names the option and its message the value.
 * @example
 * ```ts
 * declare const client: { query(text: string, values: unknown[]): Promise<unknown> };
 * const { checked } = checkQuery({ filter: "channel eq 'Reseller'", groupby: 'customerTenantId', top: 100 });
 * const sql = compileSql(checked!, { dialect: 'postgres', source: 'analytics.license_usage' });
 * await client.query(sql.text, [...sql.params]);
 * ```
 */
export function compileSql(query: CheckedQuery, options: CompileSqlOptions): CompiledSql {
  if (!isCheckedQuery(query)) throw new InvalidArgumentError('compileSql', 'query', 'is not a checked query (checkQuery from @pcaq/linter, or a builder\'s toChecked())');
  checkSqlOptions(options);
  const checked = query;
  const { schema } = checked;
  const columns = sqlColumns(schema);
  const sql = DIALECTS[options.dialect];
  const params = new SqlParameters();
  const caseSensitive = options.caseSensitive ?? false;

  const source = sourceSql(options.source, options.dialect, sql, params, options.skipBadRows ?? false, columns);
  // Snapshot selection only where rows are dated by `processedDateTime` (docs/engines.md, "Family results").
  const day = columns.dated ? processedDaySelection(checked.processedDateTime, sql, params) : undefined;
  // Placeholders are numbered as they appear in the text: the day comes before the filter.
  const selectedDay = day?.selected(source.processedDates);
  const filter = checked.filter && filterSql(checked.filter, schema, caseSensitive, params);
  const groupNames = groupByNames(checked);
  const groupby = groupNames.length > 0 ? groupNames : undefined;
  const buckets = groupby && dateBuckets(checked);
  const bucketed = q('pcaq_bucketed');
  const bucketCte = buckets
    ? [
        `${bucketed} AS (\n  SELECT ${[
          ...columns.fields.map((name) => (buckets.fields.includes(name) ? `${bucketSql(name, buckets.level, options.dialect)} AS ${q(name)}` : q(name))),
          ORDINAL,
        ].join(', ')}\n  FROM ${q('pcaq_matched')}\n)`,
      ]
    : [];
  const result: ResultSql = groupby
    ? groupedResult(groupby, (name) => caseSensitive && !columns.guids.has(name), sql, columns, buckets ? bucketed : undefined)
    : plainResult(columns);
  // `orderby` sorts the result (stable: ties keep the ordinal's order); without it the ordinal is the order.
  const order = checked.orderby !== undefined && checked.orderby.length > 0 ? orderSql(checked.orderby, schema, columns, caseSensitive, options.dialect, ORDINAL, result.columns) : undefined;
  const RANK = order === undefined ? ORDINAL : q(SQL_INTERNAL_COLUMNS.rank);
  const ranked = order === undefined ? [] : [`${q('pcaq_ranked')} AS (\n  SELECT *, row_number() OVER (ORDER BY ${order}) AS ${RANK} FROM ${q('pcaq_result')}\n)`];
  const resultName = order === undefined ? q('pcaq_result') : q('pcaq_ranked');
  const page = options.all === true ? '' : ` LIMIT ${params.add(checked.top)} OFFSET ${params.add(checked.skip)}`;

  const text = [
    `WITH ${q('pcaq_source')} AS (\n  ${source.rows}\n),`,
    ...(day === undefined
      ? [`${q('pcaq_matched')} AS (\n  SELECT * FROM ${q('pcaq_source')}${filter ? `\n  WHERE ${filter}` : ''}\n),`]
      : [
          `${q('pcaq_dated')} AS (\n  SELECT *, ${day.dayOf(q(PROCESSED_DATE_TIME))} AS ${DAY} FROM ${q('pcaq_source')}\n),`,
          `${q('pcaq_matched')} AS (\n  SELECT * FROM ${q('pcaq_dated')}\n  WHERE ${DAY} = ${selectedDay}${filter ? `\n    AND ${filter}` : ''}\n),`,
        ]),
    ...bucketCte.map((cte) => `${cte},`),
    ...result.ctes.map((cte) => `${cte},`),
    `${q('pcaq_result')} AS (\n  ${result.select}\n)${ranked.length > 0 ? ',' : ''}`,
    ...ranked,
    `SELECT ${q('pcaq_page')}.*, ${q('pcaq_count')}.${TOTAL}`,
    `FROM (SELECT count(*) AS ${TOTAL} FROM ${resultName}) AS ${q('pcaq_count')}`,
    `LEFT JOIN (SELECT * FROM ${resultName} ORDER BY ${RANK}${page}) AS ${q('pcaq_page')} ON true`,
    `ORDER BY ${q('pcaq_page')}.${RANK}`,
  ].join('\n');
  return {
    text,
    params: params.values,
    columns: result.columns,
    query: checked,
    schema,
    ...(source.badRows === undefined ? {} : { badRowsText: source.badRows }),
  };
}
