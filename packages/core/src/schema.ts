import { InvalidArgumentError } from './invalid-argument.js';

/**
 * What a field holds: free text, a GUID (`8-4-4-4-12` hex digits), a licence count, or a date-time.
 *
 * @example
 * ```ts
 * const kind: ValueKind = 'guid';
 * ```
 */
export type ValueKind = 'string' | 'guid' | 'count' | 'datetime';

/**
 * One field of an analytics resource, as plain data.
 *
 * @example
 * ```ts
 * const def: FieldDefinition = { name: 'channel', kind: 'string', filterable: true, groupable: true };
 * ```
 */
export interface FieldDefinition {
  readonly name: string;
  readonly kind: ValueKind;
  /** May appear in `filter`. */
  readonly filterable: boolean;
  /** May appear in `groupby`. */
  readonly groupable: boolean;
  /**
   * Other spellings a response may use for this field (the licence page's example writes
   * `licenseActive` for `licensesActive`); readers and the evaluator read them as this field
   * (docs/evaluation.md, "Rows").
   */
  readonly aliases?: readonly string[];
}

/**
 * The fields of a resource. Checkers, the builder's types and the evaluator all read this one table.
 *
 * @example
 * ```ts
 * const schema: Schema = { name: 'my resource', fields: [{ name: 'channel', kind: 'string', filterable: true, groupable: true }] };
 * ```
 */
export interface Schema {
  /** A human name for messages, e.g. `license usage`. */
  readonly name: string;
  readonly fields: readonly FieldDefinition[];
}

/**
 * The "Get licenses usage information" resource (`/v1/analytics/commercial/usage/license/`):
 * nine filterable and groupable text fields, two counts and the processed date.
 *
 * @example
 * ```ts
 * LICENSE_USAGE_SCHEMA.fields.filter((f) => f.filterable).map((f) => f.name);
 * // ['workloadCode', 'workloadName', ..., 'productName']
 * ```
 */
export const LICENSE_USAGE_SCHEMA = {
  name: 'license usage',
  fields: [
    { name: 'workloadCode', kind: 'string', filterable: true, groupable: true },
    { name: 'workloadName', kind: 'string', filterable: true, groupable: true },
    { name: 'serviceCode', kind: 'string', filterable: true, groupable: true },
    { name: 'serviceName', kind: 'string', filterable: true, groupable: true },
    { name: 'channel', kind: 'string', filterable: true, groupable: true },
    { name: 'customerTenantId', kind: 'guid', filterable: true, groupable: true },
    { name: 'customerName', kind: 'string', filterable: true, groupable: true },
    { name: 'productId', kind: 'guid', filterable: true, groupable: true },
    { name: 'productName', kind: 'string', filterable: true, groupable: true },
    { name: 'licensesActive', kind: 'count', filterable: false, groupable: false, aliases: ['licenseActive'] },
    { name: 'licensesQualified', kind: 'count', filterable: false, groupable: false },
    { name: 'processedDateTime', kind: 'datetime', filterable: false, groupable: false },
  ],
} as const satisfies Schema;

/**
 * The definition of one license-usage field, as literal types (the builder's types derive from it).
 *
 * @example
 * ```ts
 * type Channel = Extract<LicenseUsageField, { name: 'channel' }>; // { name: 'channel'; kind: 'string'; ... }
 * ```
 */
export type LicenseUsageField = (typeof LICENSE_USAGE_SCHEMA.fields)[number];

/**
 * Names of the license-usage fields that may appear in `filter`.
 *
 * @example
 * ```ts
 * const f: FilterableField = 'workloadCode';
 * ```
 */
export type FilterableField = Extract<LicenseUsageField, { filterable: true }>['name'];

/**
 * Names of the license-usage fields that may appear in `groupby`.
 *
 * @example
 * ```ts
 * const g: GroupableField = 'customerTenantId';
 * ```
 */
export type GroupableField = Extract<LicenseUsageField, { groupable: true }>['name'];

/**
 * Names of every field of a license-usage row.
 *
 * @example
 * ```ts
 * const r: ResponseField = 'licensesActive';
 * ```
 */
export type ResponseField = LicenseUsageField['name'];

/**
 * Looks a field up by its exact (case-sensitive) name.
 *
 * @example
 * ```ts
 * findField(LICENSE_USAGE_SCHEMA, 'channel')?.kind; // 'string'
 * findField(LICENSE_USAGE_SCHEMA, 'Channel');       // undefined
 * ```
 * @throws InvalidArgumentError when `schema` has no `fields` array.
 */
export function findField(schema: Schema, name: string): FieldDefinition | undefined {
  if (!Array.isArray(schema?.fields)) throw new InvalidArgumentError('findField', 'schema.fields', 'is not an array');
  return schema.fields.find((f) => f.name === name);
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * Whether a string is a GUID as docs/language.md, "Keywords and fields", defines it: `8-4-4-4-12` hex digits, any case, no braces.
 *
 * @example
 * ```ts
 * isGuid('0112A436-B14E-4888-967B-CA4BB2CF1234'); // true
 * isGuid('{0112A436-B14E-4888-967B-CA4BB2CF1234}'); // false
 * ```
 */
export function isGuid(value: string): boolean {
  return typeof value === 'string' && GUID.test(value);
}
