import type { Row, RowValue } from './types.js';

/** Reads one field of a row. */
export type FieldReader = (row: Row) => RowValue | undefined;

/**
 * One reader per license-usage field, each its own function literal. V8 keeps type feedback per
 * function literal, so a literal per field keeps every property load monomorphic (rows of one
 * file share one shape); a single `(row) => row[name]` shared by all fields would see every
 * field name at one site and go megamorphic.
 */
const LICENSE_USAGE_READERS: Readonly<Record<string, FieldReader>> = {
  workloadCode: (row) => row.workloadCode,
  workloadName: (row) => row.workloadName,
  serviceCode: (row) => row.serviceCode,
  serviceName: (row) => row.serviceName,
  channel: (row) => row.channel,
  customerTenantId: (row) => row.customerTenantId,
  customerName: (row) => row.customerName,
  productId: (row) => row.productId,
  productName: (row) => row.productName,
  licensesActive: (row) => row.licensesActive,
  licensesQualified: (row) => row.licensesQualified,
  processedDateTime: (row) => row.processedDateTime,
  // The alias of licensesActive (read on every row's check: docs/evaluation.md, "Rows").
  licenseActive: (row) => row.licenseActive,
};

/**
 * The fastest reader for a field: a dedicated one for license-usage fields, a generic one for
 * fields of other schemas. The table above is only about speed: which fields a row has, and what
 * they hold, comes from the schema's row shape (docs/evaluation.md, "Rows"), so a schema's new
 * field works through the generic reader without an edit here.
 *
 * @example
 * ```ts
 * fieldReader('channel')({ channel: 'Reseller' }); // 'Reseller'
 * ```
 */
export function fieldReader(name: string): FieldReader {
  return Object.hasOwn(LICENSE_USAGE_READERS, name) ? LICENSE_USAGE_READERS[name]! : (row) => row[name];
}

type ValueTest = (value: RowValue | undefined) => boolean;

/** Row tests per field, one function literal each, for the reason given on the readers above. */
const LICENSE_USAGE_TESTS: Readonly<Record<string, (test: ValueTest) => (row: Row) => boolean>> = {
  workloadCode: (test) => (row) => test(row.workloadCode),
  workloadName: (test) => (row) => test(row.workloadName),
  serviceCode: (test) => (row) => test(row.serviceCode),
  serviceName: (test) => (row) => test(row.serviceName),
  channel: (test) => (row) => test(row.channel),
  customerTenantId: (test) => (row) => test(row.customerTenantId),
  customerName: (test) => (row) => test(row.customerName),
  productId: (test) => (row) => test(row.productId),
  productName: (test) => (row) => test(row.productName),
};

/**
 * A row test "the field's value passes `test`", specialised to the field.
 *
 * @example
 * ```ts
 * fieldTest('channel', (v) => v === 'Reseller')({ channel: 'Reseller' }); // true
 * ```
 */
export function fieldTest(name: string, test: ValueTest): (row: Row) => boolean {
  const make = Object.hasOwn(LICENSE_USAGE_TESTS, name) ? LICENSE_USAGE_TESTS[name]! : undefined;
  return make ? make(test) : (row) => test(row[name]);
}
