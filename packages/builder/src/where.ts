import {
  comparison,
  field,
  logical,
  stringLiteral,
  type ComparisonOperator,
  type FilterableField,
  type LogicalOperator,
} from '@pcaq/core';
import { emptyListDiagnostic, notAStringDiagnostic, textOf } from './builder-diagnostics.js';
import { checkedCondition, makeCondition, type Condition } from './condition.js';

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
  // A JavaScript caller may pass anything: it becomes text the checker reports (PCAQ0205, PCAQ0201).
  const fieldName = textOf(name) as FilterableField;
  const compare = (operator: ComparisonOperator, value: unknown): Condition => each(operator, [value], 'and', operator);
  // A list is checked once, as one tree: one checker pass however many values (10,000 included).
  const each = (operator: ComparisonOperator, values: unknown, joiner: LogicalOperator, call: string): Condition => {
    const list: readonly unknown[] = Array.isArray(values) ? values : [];
    if (list.length === 0) return makeCondition(undefined, [emptyListDiagnostic(`${call}('${fieldName}', [])`)]);
    const notStrings = list.filter((v) => typeof v !== 'string').map((v) => notAStringDiagnostic(v));
    if (notStrings.length > 0) return makeCondition(undefined, notStrings);
    return checkedCondition(logical(joiner, list.map((v) => comparison(field(fieldName), operator, stringLiteral(v as string)))));
  };
  return Object.freeze({
    name: fieldName,
    eq: (value: string) => compare('eq', value),
    ne: (value: string) => compare('ne', value),
    anyOf: (values: readonly string[]) => each('eq', values, 'or', 'anyOf'),
    noneOf: (values: readonly string[]) => each('ne', values, 'and', 'noneOf'),
  });
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
