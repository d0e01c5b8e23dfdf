import { readFieldValue, rowShape, type Row, type RowValue } from '@pcaq/core';
import { SQL_INTERNAL_COLUMNS, type CompiledSql } from '@pcaq/sql';
import { exactInteger, textValue } from './exact-values.js';

/**
 * What one compiled statement answers: the page's rows, converted to the evaluator's values, and
 * the whole result's row count.
 *
 * @example
 * ```ts
 * const page: SqlPage = { rows: [{ channel: 'Reseller', licensesActive: 3, licensesQualified: 4, processedDateTime: '2018-10-14T00:00:00' }], totalCount: 1 };
 * ```
 */
export interface SqlPage {
  readonly rows: Row[];
  readonly totalCount: number;
}

/**
 * Turns the records an engine returned for a compiled statement into a page: the response
 * columns in the compiled order, booleans as booleans, counts (the count fields of the compiled schema's row shape:
 * docs/engines.md, "Rows and columns from the schema") exact, the internal columns dropped. The single record an
 * empty page returns (ordinal NULL, total only) gives no row.
 *
 * @example
 * ```ts
 * declare const compiled: CompiledSql;
 * pageOf([{ channel: 'x', licensesActive: 1n, licensesQualified: 2n, processedDateTime: null, pcaq_ordinal: 1n, pcaq_total: 1n }], compiled);
 * // { rows: [{ channel: 'x', licensesActive: 1, licensesQualified: 2, processedDateTime: null }], totalCount: 1 }
 * ```
 */
export function pageOf(records: readonly Readonly<Record<string, unknown>>[], compiled: Pick<CompiledSql, 'columns' | 'schema'>): SqlPage {
  const shape = rowShape(compiled.schema);
  const counts = shape.countFields;
  const first = records[0];
  const totalCount = first === undefined ? 0 : Number(exactInteger(first[SQL_INTERNAL_COLUMNS.total]) ?? 0);
  const rows: Row[] = [];
  for (const record of records) {
    const ordinal = record[SQL_INTERNAL_COLUMNS.ordinal];
    if (ordinal === null || ordinal === undefined) continue;
    const row: Record<string, RowValue> = {};
    for (const name of compiled.columns) {
      // Booleans come back as the text the source normalised them to (docs/engines.md, "Family results").
      row[name] = counts.has(name) ? exactInteger(record[name]) : shape.booleanFields.has(name) ? readFieldValue(shape, name, textValue(record[name])) : textValue(record[name]);
    }
    rows.push(row);
  }
  return { rows, totalCount };
}
