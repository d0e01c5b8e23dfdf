import type { Row } from './types.js';
/**
 * Rows as the evaluator accepts them (docs/evaluation.md, "Input tolerance"): an array or any iterable
 * of rows, or a response body of the service, `{ "Value": [...] }` or `{ "value": [...] }`.
 *
 * @example
 * ```ts
 * const body: RowSource = { Value: [{ channel: 'reseller', licensesActive: 1 }] };
 * ```
 */
export type RowSource = Iterable<Row> | {
    readonly Value: Iterable<Row>;
} | {
    readonly value: Iterable<Row>;
};
/**
 * What {@link openRowSource} found: the rows to iterate, or a description of what was given
 * instead (for the `PCAQ0502` diagnostic).
 */
export type OpenedRows<T> = {
    readonly rows: T;
} | {
    readonly found: string;
};
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
export declare function openRowSource(input: unknown, allowAsync: false): OpenedRows<Iterable<unknown>>;
export declare function openRowSource(input: unknown, allowAsync: true): OpenedRows<Iterable<unknown> | AsyncIterable<unknown>>;
/**
 * Whether a member of a response body holds the rows: `Value`, as the service spells it, or
 * `value`, as sibling APIs and OData tooling do. The one rule for the library and the readers
 * (docs/evaluation.md, "Response bodies"): a body must hold exactly one such member; a second one
 * (either spelling, even the same one again) is an error, never a silent choice between two sets
 * of rows (see {@link rowsArrayTwiceMessage}).
 *
 * @example
 * ```ts
 * isRowsMember('Value');  // true
 * isRowsMember('VALUE');  // false
 * ```
 */
export declare function isRowsMember(name: string): boolean;
/**
 * The words for a response body naming its rows twice, `first` and then `second` (see
 * {@link isRowsMember}). The readers add the position of the second.
 *
 * @example
 * ```ts
 * rowsArrayTwiceMessage('value', 'Value'); // "a response body with both a 'value' and a 'Value' member (keep one array of rows)"
 * ```
 */
export declare function rowsArrayTwiceMessage(first: string, second: string): string;
/**
 * A value named in words for a message: `null`, `an array`, `a number`, ...
 *
 * @example
 * ```ts
 * describeInput([]); // 'an array'
 * ```
 */
export declare function describeInput(value: unknown): string;
//# sourceMappingURL=row-source.d.ts.map