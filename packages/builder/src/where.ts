import { LICENSE_USAGE_SCHEMA, type FilterableField } from '@pcaq/core';
import type { Condition } from './condition.js';
import { fieldComparisons } from './field-comparisons.js';

/**
 * A filterable field, waiting for its comparison. Values are strings: the language compares text
 * only, and a GUID field's values are checked for the GUID shape when the condition is made.
 *
 * @example
 * ```ts
 * const channel: FieldRef = where('channel');
 * channel.eq('Reseller').toString(); // "channel eq 'Reseller'"
 * ```
 */
export interface FieldRef {
  /** The field's name, as the schema spells it. */
  readonly name: FilterableField;
  /** `field eq 'value'`. */
  eq(value: string): Condition;
  /** `field ne 'value'`. */
  ne(value: string): Condition;
  /** `field eq 'a' or field eq 'b' ...`: one flat `or`; an empty list is a PCAQ0101 error. */
  anyOf(values: readonly string[]): Condition;
  /** `field ne 'a' and field ne 'b' ...`: one flat `and`; an empty list is a PCAQ0101 error. */
  noneOf(values: readonly string[]): Condition;
}

/**
 * Starts a condition on a field. Only the schema's filterable fields compile; the values must be
 * strings. The condition is a frozen tree made by the core factories (the parser's nodes), checked
 * by the checker right away: a GUID field given a value that is not a GUID holds PCAQ0204.
 *
 * @example
 * ```ts
 * where('workloadCode').eq('SFB').or(where('channel').eq('Reseller')).toString();
 * // "workloadCode eq 'SFB' or channel eq 'Reseller'"
 * where('customerTenantId').eq('not-a-guid').diagnostics[0]?.code; // 'PCAQ0204'
 * ```
 */
export function where(name: FilterableField): FieldRef {
  // The same comparisons as an endpoint's typed field (docs/builder.md, "One builder per endpoint"), on licence usage.
  const { name: fieldName, eq, ne, anyOf, noneOf } = fieldComparisons(LICENSE_USAGE_SCHEMA, name, (condition) => condition);
  return Object.freeze({ name: fieldName as FilterableField, eq, ne, anyOf, noneOf });
}

/**
 * "Any of these values": `field eq 'a' or field eq 'b' ...` as one flat `or` node, printed
 * without nested parentheses however long the list (500 tenants print as 500 comparisons joined
 * by `or`). An empty list is a PCAQ0101 error, never an empty filter that would match everything.
 *
 * @example
 * ```ts
 * anyOf('workloadCode', ['SFB', 'EXO']).toString(); // "workloadCode eq 'SFB' or workloadCode eq 'EXO'"
 * anyOf('customerTenantId', []).diagnostics[0]?.code; // 'PCAQ0101'
 * ```
 */
export function anyOf(name: FilterableField, values: readonly string[]): Condition {
  return where(name).anyOf(values);
}

/**
 * "None of these values": `field ne 'a' and field ne 'b' ...` as one flat `and` node. An empty
 * list is a PCAQ0101 error.
 *
 * @example
 * ```ts
 * noneOf('channel', ['Reseller', 'Direct']).toString(); // "channel ne 'Reseller' and channel ne 'Direct'"
 * ```
 */
export function noneOf(name: FilterableField, values: readonly string[]): Condition {
  return where(name).noneOf(values);
}
