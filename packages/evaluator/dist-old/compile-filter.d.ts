import { type FilterNode, type Schema } from '@pcaq/core';
import type { Row } from './types.js';
/**
 * A compiled filter: true when the row is in the result.
 *
 * @example
 * ```ts
 * const test: RowPredicate = (row) => row.channel === 'Reseller';
 * ```
 */
export type RowPredicate = (row: Row) => boolean;
/**
 * Compiles a checked filter AST into nested closures, once. Evaluating a row then runs only
 * the closures: nothing looks at the AST again. Text compares case-insensitively unless
 * `caseSensitive`; fields the schema marks as GUIDs always compare case-insensitively.
 *
 * @example
 * ```ts
 * const test = compileFilter(comparison(field('channel'), 'eq', stringLiteral('Reseller')), LICENSE_USAGE_SCHEMA, false);
 * test({ channel: 'reseller' }); // true
 * ```
 */
export declare function compileFilter(node: FilterNode, schema: Schema, caseSensitive: boolean): RowPredicate;
//# sourceMappingURL=compile-filter.d.ts.map