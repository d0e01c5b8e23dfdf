import { findField, LICENSE_USAGE_SCHEMA, rowShape, takesSnapshot, type Schema } from '@pcaq/core';
import { quoteIdentifier } from './identifiers.js';

/** The field every row is dated by: the processed day is read from it (docs/evaluation.md, "Rows"). */
export const PROCESSED_DATE_TIME = 'processedDateTime';

/**
 * The columns of a schema's rows as the SQL reads and writes them, derived from the schema's row
 * shape (docs/engines.md, "Rows and columns from the schema"): adding a field to a schema adds it
 * here, and so to every statement.
 *
 * @example
 * ```ts
 * sqlColumns(LICENSE_USAGE_SCHEMA).counts; // ['licensesActive', 'licensesQualified']
 * ```
 */
export interface SqlColumns {
  /**
   * Every field a row holds, in the response's order: the schema's fields but those only grouped
   * rows have (`groupedOnly`), with `processedDateTime` (last when the schema lacks it) where
   * rows are dated by it (`dated`).
   */
  readonly fields: readonly string[];
  /** Whether one snapshot is picked by `processedDateTime` (docs/engines.md, "Family results"). */
  readonly dated: boolean;
  /** Fields holding booleans, read as `true`/`false` whatever their case. */
  readonly booleans: ReadonlySet<string>;
  /** Fields holding date-times: a Parquet file's typed date or timestamp column is written in the service's form. */
  readonly dates: ReadonlySet<string>;
  /** Per field, its "no value" spellings (`0001-01-01T00:00:00`), read as NULL. */
  readonly nullValues: ReadonlyMap<string, ReadonlySet<string>>;
  /** The count fields of {@link SqlColumns.fields}: read as exact integers. */
  readonly readCounts: readonly string[];
  /** Every count field, in schema order: the sums (or row counts) of a grouped row. */
  readonly counts: readonly string[];
  /** Count fields whose grouped value is the group's row count (`aggregate: 'rows'`), not a sum. */
  readonly rowCounts: ReadonlySet<string>;
  /** The fields compared ignoring case whatever the options (GUIDs). */
  readonly guids: ReadonlySet<string>;
  /** For each field, the other spellings a file may use for it (`licensesActive` -> `licenseActive`). */
  readonly aliasesOf: ReadonlyMap<string, readonly string[]>;
  /** Every column a file may have: the fields, then the aliases. */
  readonly fileColumns: readonly string[];
}

const cache = new WeakMap<Schema, SqlColumns>();

/**
 * The {@link SqlColumns} of a schema, computed once per schema object.
 *
 * @example
 * ```ts
 * sqlColumns(LICENSE_USAGE_SCHEMA).fields.at(-1); // 'processedDateTime'
 * ```
 */
export function sqlColumns(schema: Schema): SqlColumns {
  let columns = cache.get(schema);
  if (columns === undefined) {
    const shape = rowShape(schema);
    const held = shape.fields.filter((name) => findField(schema, name)?.groupedOnly !== true);
    const dated = takesSnapshot(schema);
    const fields = held.includes(PROCESSED_DATE_TIME) || !dated ? held : [...held, PROCESSED_DATE_TIME];
    const counts = [...shape.countFields];
    const aliasesOf = new Map<string, string[]>();
    for (const [alias, field] of shape.aliases) aliasesOf.set(field, [...(aliasesOf.get(field) ?? []), alias]);
    columns = Object.freeze({
      fields: Object.freeze([...fields]),
      dated,
      booleans: shape.booleanFields,
      dates: new Set(fields.filter((name) => name === PROCESSED_DATE_TIME || findField(schema, name)?.kind === 'datetime')),
      nullValues: shape.nullValues,
      readCounts: Object.freeze(counts.filter((name) => fields.includes(name))),
      counts: Object.freeze(counts),
      rowCounts: new Set(counts.filter((name) => findField(schema, name)?.aggregate === 'rows')),
      guids: shape.guidFields,
      aliasesOf,
      fileColumns: Object.freeze([...fields, ...shape.aliases.keys()]),
    });
    cache.set(schema, columns);
  }
  return columns;
}

/**
 * Every field of a license-usage row, in the response's order: what plain (ungrouped) result rows
 * hold (`sqlColumns(LICENSE_USAGE_SCHEMA).fields`; other schemas: {@link sqlColumns}).
 *
 * @example
 * ```ts
 * SQL_ROW_FIELDS.at(-1); // 'processedDateTime'
 * ```
 */
export const SQL_ROW_FIELDS: readonly string[] = sqlColumns(LICENSE_USAGE_SCHEMA).fields;

/**
 * Names of the columns pcaq adds; the `pcaq_` prefix keeps them apart from response fields.
 *
 * @example
 * ```ts
 * SQL_INTERNAL_COLUMNS.total; // 'pcaq_total'
 * ```
 */
export const SQL_INTERNAL_COLUMNS = Object.freeze({
  /** The row's place in the input (plain rows) or its group's first row's place (groups). */
  ordinal: 'pcaq_ordinal',
  /** The processed day a row belongs to (`YYYY-MM-DD`, `''` when undated). */
  day: 'pcaq_day',
  /** How many rows the whole result has. */
  total: 'pcaq_total',
  /** With `orderby`: the row's place in the sorted result (the statement's own order). */
  rank: 'pcaq_rank',
});

/** `quoteIdentifier`, for brevity where SQL is assembled. */
export const q = (name: string): string => quoteIdentifier(name);
