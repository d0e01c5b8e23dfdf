export { canonicalFieldName, NOT_A_COUNT, readCount, showValue } from '@pcaq/core';
/**
 * The count fields of a license-usage row (from `rowShape(LICENSE_USAGE_SCHEMA)`).
 *
 * @example
 * ```ts
 * COUNT_FIELDS.has('licensesQualified'); // true
 * ```
 */
export declare const COUNT_FIELDS: ReadonlySet<string>;
//# sourceMappingURL=counts.d.ts.map