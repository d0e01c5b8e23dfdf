import type { OrderByItemNode, Schema } from '@pcaq/core';
import { q, type SqlColumns } from './columns.js';
import { instantSql } from './date-sql.js';
import { foldCaseSql } from './fold-case.js';
import type { SqlDialect } from './types.js';

/**
 * The `ORDER BY` list of `orderby` over the result's columns (docs/evaluation.md, "orderby";
 * docs/engines.md, "Family results"): dates as instants, counts as exact integers, other fields
 * as text folded as equality folds it, compared byte by byte (`COLLATE "C"` in PostgreSQL; DuckDB's
 * default collation is already binary), which is the evaluator's code-point order; ascending with
 * nulls first, descending nulls last; ties by the row's (or group's first row's) ordinal, the
 * stable sort's order.
 *
 * @example
 * ```ts
 * orderSql([{ type: 'OrderByItem', name: 'meterCategory', direction: 'asc', span: NO_SPAN }], AZURE_USAGE_SCHEMA, sqlColumns(AZURE_USAGE_SCHEMA), false, 'postgres', '"pcaq_ordinal"', ['meterCategory']);
 * // `replace(lower(CAST("meterCategory" AS TEXT)), 'ς', 'σ') COLLATE "C" ASC NULLS FIRST, "pcaq_ordinal"`
 * ```
 */
export function orderSql(items: readonly OrderByItemNode[], schema: Schema, columns: SqlColumns, caseSensitive: boolean, dialect: SqlDialect, ordinal: string, resultColumns: readonly string[]): string {
  // A key the result does not hold (a field outside the group-by of a grouped result) is null on
  // every row, so it orders nothing, as in the evaluator (docs/evaluation.md, "orderby").
  const keys = items.filter((item) => resultColumns.includes(item.name)).map((item) => {
    const definition = schema.fields.find((f) => f.name === item.name);
    const column = q(item.name);
    const ignoreCase = (!caseSensitive && definition?.caseSensitive !== true) || columns.guids.has(item.name);
    const text = `CAST(${column} AS TEXT)`;
    const key =
      definition?.kind === 'datetime'
        ? instantSql(column)
        : columns.counts.includes(item.name)
          ? column
          : `${ignoreCase ? foldCaseSql(text) : text}${dialect === 'postgres' ? ' COLLATE "C"' : ''}`;
    return item.direction === 'desc' ? `${key} DESC NULLS LAST` : `${key} ASC NULLS FIRST`;
  });
  return [...keys, ordinal].join(', ');
}
