import { quoteIdentifier } from './identifiers.js';

/** The text fields of a license-usage row, in the response's order. */
export const TEXT_FIELDS = [
  'workloadCode',
  'workloadName',
  'serviceCode',
  'serviceName',
  'channel',
  'customerTenantId',
  'customerName',
  'productId',
  'productName',
] as const;

/** The count fields. */
export const COUNT_FIELDS = ['licensesActive', 'licensesQualified'] as const;

/**
 * Every field of a license-usage row, in the response's order: what plain (ungrouped) result rows
 * hold.
 *
 * @example
 * ```ts
 * SQL_ROW_FIELDS.at(-1); // 'processedDateTime'
 * ```
 */
export const SQL_ROW_FIELDS = [...TEXT_FIELDS, ...COUNT_FIELDS, 'processedDateTime'] as const;

/** The spelling of `licensesActive` in the source page's example (docs/evaluation.md, "Input tolerance"). */
export const LICENSE_ACTIVE_ALIAS = 'licenseActive';

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
});

/** `quoteIdentifier`, for brevity where SQL is assembled. */
export const q = (name: string): string => quoteIdentifier(name);
