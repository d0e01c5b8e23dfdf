import { InvalidArgumentError } from './invalid-argument.js';

/**
 * What a field holds: free text, a GUID (`8-4-4-4-12` hex digits), a count (a number summed when
 * grouping), a date-time, a boolean (`true`/`false`, unquoted in filters), or one of a documented
 * list of values (an enum).
 *
 * @example
 * ```ts
 * const kind: ValueKind = 'guid';
 * ```
 */
export type ValueKind = 'string' | 'guid' | 'count' | 'datetime' | 'boolean' | 'enum';

/**
 * The operators of the analytics family's filter language (docs/endpoints.md): comparisons and
 * the `contains(field,'text')` function. Each field's schema entry says which it takes.
 *
 * @example
 * ```ts
 * const op: FilterOperator = 'contains';
 * ```
 */
export type FilterOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'contains';

/**
 * The operators a filterable field takes when its schema entry does not list them.
 *
 * @example
 * ```ts
 * DEFAULT_OPERATORS; // ['eq', 'ne']
 * ```
 */
export const DEFAULT_OPERATORS: readonly FilterOperator[] = Object.freeze(['eq', 'ne']);

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
  /** The operators `filter` takes on this field; default {@link DEFAULT_OPERATORS}. */
  readonly operators?: readonly FilterOperator[];
  /** For `kind: 'enum'`: the documented values (the service may return others). */
  readonly values?: readonly string[];
  /** Compared exactly even when evaluation ignores case (an enum the page calls case-sensitive). */
  readonly caseSensitive?: boolean;
  /**
   * For `kind: 'count'`: how a grouped row gets it; `sum` (the default) adds the rows' values,
   * `rows` counts the rows of the group.
   */
  readonly aggregate?: 'sum' | 'rows';
  /** Present only in grouped rows (an aggregate such as `subscriptionCount`). */
  readonly groupedOnly?: boolean;
  /** May appear in `orderby` (on endpoints that take it). */
  readonly orderable?: boolean;
  /** Values the service writes for "no value" (`0001-01-01T00:00:00`); read as null. */
  readonly nullValues?: readonly string[];
  /**
   * For `kind: 'datetime'`: the service writes a date without a time (search's `searchDate`,
   * `2018-05-30`); compared as that day's first instant, UTC (docs/endpoints.md, "Decisions").
   */
  readonly dateOnly?: boolean;
}

/**
 * How a request reaches an analytics endpoint, and which parameters it takes beyond `filter`,
 * `groupby`, `top` and `skip` (docs/endpoints.md).
 *
 * @example
 * ```ts
 * LICENSE_USAGE_SCHEMA.endpoint.paths[0]; // '/v1/analytics/commercial/usage/license/'
 * ```
 */
export interface EndpointDefinition {
  /** The name on the command line (`--endpoint license-usage`). */
  readonly id: string;
  /** Every documented path form; the first is canonical. Matched ignoring case and a trailing slash. */
  readonly paths: readonly string[];
  /** The parameters it takes beyond `filter`, `groupby`, `top`, `skip`. */
  readonly parameters: readonly ('processedDateTime' | 'aggregationLevel' | 'orderby')[];
  /** Who may call it: an app with a user, or a user only. */
  readonly auth: 'app+user' | 'user';
  /** `aggregationLevel`'s values and its default, when the endpoint takes it. */
  readonly aggregationLevel?: { readonly values: readonly string[]; readonly default: string };
  /** The Microsoft pages it comes from (names under `partner-center/developer/`). */
  readonly pages: readonly string[];
  /** A typical request's `filter` and `groupby`, shown by `pcaq endpoints NAME` and docs/endpoints.md. */
  readonly example?: { readonly filter: string; readonly groupby: string };
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
  /** Where the resource is served; absent for a schema that describes rows only. */
  readonly endpoint?: EndpointDefinition;
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
  endpoint: {
    id: 'license-usage',
    paths: ['/v1/analytics/commercial/usage/license/', '/partner/v1/analytics/commercial/usage/license/'],
    parameters: ['processedDateTime'],
    auth: 'app+user',
    pages: ['get-licenses-usage-information'],
    example: { filter: "customerTenantId eq '0112A436-B14E-4888-967B-CA4BB2CF1234'", groupby: 'customerTenantId,workloadCode' },
  },
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
