import { isRowsMember, rowsArrayTwiceMessage } from '@pcaq/core';
import type { Row } from './types.js';

// The response-body rule is core's (docs/evaluation.md, "Response bodies"); re-exported for the evaluator's index.
export { isRowsMember, rowsArrayTwiceMessage };

/**
 * Rows as the evaluator accepts them (docs/evaluation.md, "Input tolerance"): an array or any iterable
 * of rows, or a response body of the service, `{ "Value": [...] }` or `{ "value": [...] }`.
 *
 * @example
 * ```ts
 * const body: RowSource = { Value: [{ channel: 'reseller', licensesActive: 1 }] };
 * ```
 */
export type RowSource = Iterable<Row> | { readonly Value: Iterable<Row> } | { readonly value: Iterable<Row> };

/**
 * What {@link openRowSource} found: the rows to iterate, or a description of what was given
 * instead (for the `PCAQ0502` diagnostic).
 */
export type OpenedRows<T> = { readonly rows: T } | { readonly found: string };

/**
 * Opens rows given in memory: an iterable is used as is (a string is not rows, though it is
 * iterable), a response body gives its `Value` (or `value`) member. Anything else is described
 * instead, never thrown. `allowAsync` also accepts async iterables (the streaming entry points).
 *
 * @example
 * ```ts
 * openRowSource({ value: [] }, false); // { rows: [] }
 * openRowSource(42, false);            // { found: 'a number' }
 * ```
 */
export function openRowSource(input: unknown, allowAsync: false): OpenedRows<Iterable<unknown>>;
export function openRowSource(input: unknown, allowAsync: true): OpenedRows<Iterable<unknown> | AsyncIterable<unknown>>;
export function openRowSource(input: unknown, allowAsync: boolean): OpenedRows<Iterable<unknown> | AsyncIterable<unknown>> {
  if (isRows(input, allowAsync)) return { rows: input };
  if (typeof input !== 'object' || input === null) return { found: describeInput(input) };
  const body = input as Record<string, unknown>;
  let member: string | undefined;
  for (const key of Object.keys(body)) {
    if (!isRowsMember(key)) continue;
    if (member !== undefined) return { found: rowsArrayTwiceMessage(member, key) };
    member = key;
  }
  if (member === undefined) return { found: 'an object without a Value member' };
  const rows = body[member];
  return isRows(rows, allowAsync) ? { rows } : { found: `a response body whose ${member} is ${describeInput(rows)}` };
}

function isRows(value: unknown, allowAsync: boolean): value is Iterable<unknown> | AsyncIterable<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const members = value as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown };
  return typeof members[Symbol.iterator] === 'function' || (allowAsync && typeof members[Symbol.asyncIterator] === 'function');
}

/**
 * A value named in words for a message: `null`, `an array`, `a number`, ...
 *
 * @example
 * ```ts
 * describeInput([]); // 'an array'
 * ```
 */
export function describeInput(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}
