import { LICENSE_USAGE_SCHEMA, type Query } from '@pcaq/core';
import { resolveQuery } from '@pcaq/linter';
import { checkSqlOptions } from './check-options.js';
import { PROCESSED_DATE_TIME, SQL_INTERNAL_COLUMNS, q, sqlColumns } from './columns.js';
import { DIALECTS } from './dialect.js';
import { filterSql } from './filter-sql.js';
import { processedDaySelection } from './processed-day.js';
import { groupedResult, plainResult, type ResultSql } from './result-sql.js';
import { SqlParameters } from './parameters.js';
import { sourceSql } from './source-sql.js';
import type { CompileSqlOptions, SqlOutcome } from './types.js';

const DAY = q(SQL_INTERNAL_COLUMNS.day);
const ORDINAL = q(SQL_INTERNAL_COLUMNS.ordinal);
const TOTAL = q(SQL_INTERNAL_COLUMNS.total);

/**
 * Compiles a query to one SQL statement for DuckDB or PostgreSQL that answers exactly as pcaq's
 * evaluator does (docs/evaluation.md, "Semantics"): one processed day (the one asked for, else the latest in the
 * data), the filter with case-insensitive equality by default, groups in order of first
 * appearance with exact sums, plain rows in input order, `skip`/`top` as `OFFSET`/`LIMIT` and the
 * total count on every row. Values are bound parameters and identifiers are quoted: nothing the
 * user gives is written into the SQL text.
 *
 * The query (text or parsed; a `ResolvedQuery` is a `Query` too) is checked first with
 * `@pcaq/linter`'s `resolveQuery`: a query with errors gives `ok: false` and the diagnostics,
 * never an exception.
 *
 * @throws SqlOptionsError for invalid options (never for the query, whose problems are diagnostics):
 *   an unknown dialect, an empty table name or name part (`''`, `a..b`), an empty ordinal name, a
 *   NUL in a name, a malformed source, or a file source with the PostgreSQL dialect. The error's
 *   `option` names the option and its message the value.
 * @example
 * ```ts
 * declare const client: { query(text: string, values: unknown[]): Promise<unknown> };
 * const sql = compileSql({ filter: "channel eq 'Reseller'", groupby: 'customerTenantId', top: 100 }, { dialect: 'postgres', source: 'analytics.license_usage' });
 * if (sql.ok) await client.query(sql.text, [...sql.params]);
 * ```
 */
export function compileSql(query: Query, options: CompileSqlOptions): SqlOutcome {
  checkSqlOptions(options);
  const schema = options.schema ?? LICENSE_USAGE_SCHEMA;
  const columns = sqlColumns(schema);
  const resolved = resolveQuery(query, { schema });
  if (resolved.query === undefined) return { ok: false, diagnostics: resolved.diagnostics };
  const checked = resolved.query;
  const sql = DIALECTS[options.dialect];
  const params = new SqlParameters();
  const caseSensitive = options.caseSensitive ?? false;

  const source = sourceSql(options.source, options.dialect, sql, params, options.skipBadRows ?? false, columns);
  const day = processedDaySelection(checked.processedDateTime, sql, params);
  // Placeholders are numbered as they appear in the text: the day comes before the filter.
  const selectedDay = day.selected(source.processedDates);
  const filter = checked.filter && filterSql(checked.filter, schema, caseSensitive, params);
  const groupby = checked.groupby && checked.groupby.length > 0 ? checked.groupby : undefined;
  const result: ResultSql = groupby
    ? groupedResult(groupby, (name) => caseSensitive && !columns.guids.has(name), sql, columns)
    : plainResult(columns);
  const page = options.all === true ? '' : ` LIMIT ${params.add(checked.top)} OFFSET ${params.add(checked.skip)}`;

  const text = [
    `WITH ${q('pcaq_source')} AS (\n  ${source.rows}\n),`,
    `${q('pcaq_dated')} AS (\n  SELECT *, ${day.dayOf(q(PROCESSED_DATE_TIME))} AS ${DAY} FROM ${q('pcaq_source')}\n),`,
    `${q('pcaq_matched')} AS (\n  SELECT * FROM ${q('pcaq_dated')}\n  WHERE ${DAY} = ${selectedDay}${filter ? `\n    AND ${filter}` : ''}\n),`,
    ...result.ctes.map((cte) => `${cte},`),
    `${q('pcaq_result')} AS (\n  ${result.select}\n)`,
    `SELECT ${q('pcaq_page')}.*, ${q('pcaq_count')}.${TOTAL}`,
    `FROM (SELECT count(*) AS ${TOTAL} FROM ${q('pcaq_result')}) AS ${q('pcaq_count')}`,
    `LEFT JOIN (SELECT * FROM ${q('pcaq_result')} ORDER BY ${ORDINAL}${page}) AS ${q('pcaq_page')} ON true`,
    `ORDER BY ${q('pcaq_page')}.${ORDINAL}`,
  ].join('\n');
  return {
    ok: true,
    diagnostics: resolved.diagnostics,
    text,
    params: params.values,
    columns: result.columns,
    query: checked,
    schema,
    ...(source.badRows === undefined ? {} : { badRowsText: source.badRows }),
  };
}
