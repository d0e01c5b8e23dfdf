// The row rules live in @pcaq/core (docs/evaluation.md, "Rows"); re-exported for the evaluator's
// callers until every package imports them from core.
import { rowShape, LICENSE_USAGE_SCHEMA } from '@pcaq/core';
export { canonicalFieldName, NOT_A_COUNT, readCount, showValue } from '@pcaq/core';
/**
 * The count fields of a license-usage row (from `rowShape(LICENSE_USAGE_SCHEMA)`).
 *
 * @example
 * ```ts
 * COUNT_FIELDS.has('licensesQualified'); // true
 * ```
 */
export const COUNT_FIELDS = rowShape(LICENSE_USAGE_SCHEMA).countFields;
//# sourceMappingURL=counts.js.map