import { SCHEMA_FIELD_READERS, SCHEMA_FIELD_TESTS } from './generated/field-readers.js';
import type { Row, RowValue } from './types.js';

/** Reads one field of a row. */
export type FieldReader = (row: Row) => RowValue | undefined;

/**
 * The fastest reader for a field: a dedicated function literal for every field of the endpoint
 * schemas, a generic one for any other name. V8 keeps type feedback per function literal, so a
 * literal per field keeps every property load monomorphic (rows of one file share one shape); a
 * single `(row) => row[name]` shared by all fields sees every field name at one site and goes
 * megamorphic (docs/evaluation.md, "Performance design"). The literals are generated from the
 * schemas (scripts/field-readers.mjs) and are only about speed: which fields a row has, and what
 * they hold, comes from the schema's row shape (docs/evaluation.md, "Rows"), so a custom schema's
 * field works through the generic reader.
 *
 * @example
 * ```ts
 * fieldReader('channel')({ channel: 'Reseller' }); // 'Reseller'
 * ```
 */
export function fieldReader(name: string): FieldReader {
  return Object.hasOwn(SCHEMA_FIELD_READERS, name) ? SCHEMA_FIELD_READERS[name]! : (row) => row[name];
}

type ValueTest = (value: RowValue | undefined) => boolean;

/**
 * A row test "the field's value passes `test`", specialised to the field.
 *
 * @example
 * ```ts
 * fieldTest('channel', (v) => v === 'Reseller')({ channel: 'Reseller' }); // true
 * ```
 */
export function fieldTest(name: string, test: ValueTest): (row: Row) => boolean {
  const make = Object.hasOwn(SCHEMA_FIELD_TESTS, name) ? SCHEMA_FIELD_TESTS[name]! : undefined;
  return make ? make(test) : (row) => test(row[name]);
}
