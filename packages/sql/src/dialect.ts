import type { SqlDialect } from './types.js';

/**
 * What differs between the dialects, in one place: type names, regular-expression tests, how a
 * group's first values are found, and the row order a table has without an ordinal column.
 */
export interface DialectSql {
  /** The text type. */
  readonly text: string;
  /** An exact integer type wide enough for sums of many counts past 2^53 (and past 2^63). */
  readonly exactInteger: string;
  /** SQL true when `expr` starts with an ISO 8601 date (`YYYY-MM-DD`). */
  startsWithIsoDay(expr: string): string;
  /** SQL true when `expr` is one or more decimal digits and nothing else. */
  isDigits(expr: string): string;
  /**
   * How a group's shown values (those of its first row) are found: DuckDB's `arg_min` in the
   * aggregation, or, in PostgreSQL (which has no `arg_min`), by joining each group's first
   * ordinal back to its row; `array_agg(... ORDER BY ...)[1]` would hold every row of a group.
   */
  readonly firstValues: 'arg_min' | 'join-back';
  /** The ordinal of a table without an ordinal column. */
  readonly implicitOrdinal: string;
}

const ISO_DAY = '^[0-9]{4}-[0-9]{2}-[0-9]{2}';

/**
 * The dialect table.
 *
 * @example
 * ```ts
 * DIALECTS.postgres.exactInteger; // 'NUMERIC'
 * ```
 */
export const DIALECTS: Readonly<Record<SqlDialect, DialectSql>> = {
  duckdb: {
    text: 'VARCHAR',
    exactInteger: 'HUGEINT',
    startsWithIsoDay: (expr) => `regexp_matches(${expr}, '${ISO_DAY}')`,
    isDigits: (expr) => `regexp_full_match(${expr}, '[0-9]+')`,
    firstValues: 'arg_min',
    implicitOrdinal: 'rowid',
  },
  postgres: {
    text: 'TEXT',
    exactInteger: 'NUMERIC',
    startsWithIsoDay: (expr) => `(${expr} ~ '${ISO_DAY}')`,
    isDigits: (expr) => `(${expr} ~ '^[0-9]+$')`,
    firstValues: 'join-back',
    implicitOrdinal: 'ctid',
  },
};
