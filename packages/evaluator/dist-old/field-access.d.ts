import type { Row, RowValue } from './types.js';
/** Reads one field of a row. */
export type FieldReader = (row: Row) => RowValue | undefined;
/**
 * The fastest reader for a field: a dedicated one for license-usage fields, a generic one for
 * fields of other schemas.
 *
 * @example
 * ```ts
 * fieldReader('channel')({ channel: 'Reseller' }); // 'Reseller'
 * ```
 */
export declare function fieldReader(name: string): FieldReader;
type ValueTest = (value: RowValue | undefined) => boolean;
/**
 * A row test "the field's value passes `test`", specialised to the field.
 *
 * @example
 * ```ts
 * fieldTest('channel', (v) => v === 'Reseller')({ channel: 'Reseller' }); // true
 * ```
 */
export declare function fieldTest(name: string, test: ValueTest): (row: Row) => boolean;
export {};
//# sourceMappingURL=field-access.d.ts.map