/**
 * JSON text of a row value, exact: a `bigint` prints as its digits, and an integer-valued number
 * past 2^53 - 1 prints as the exact integer it holds. `JSON.stringify` would throw on a bigint,
 * print 2^64 as `18446744073709552000` (the shortest text that rounds back) and 1e21 as `1e+21`.
 *
 * @example
 * ```ts
 * exactJsonValue(9007199254740993n); // '9007199254740993'
 * exactJsonValue(1e21);              // '1000000000000000000000'
 * exactJsonValue("O'Brien");         // '"O\'Brien"'
 * ```
 */
export function exactJsonValue(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) return BigInt(value).toString();
  if (value === undefined) return 'null';
  return JSON.stringify(value) ?? 'null';
}

/**
 * A row as one line of JSON, keys in the row's order, values as {@link exactJsonValue}.
 *
 * @example
 * ```ts
 * exactJsonRow({ workloadCode: 'SFB', licensesActive: 9007199254740993n });
 * // '{"workloadCode":"SFB","licensesActive":9007199254740993}'
 * ```
 */
export function exactJsonRow(row: Readonly<Record<string, unknown>>): string {
  let text = '{';
  let first = true;
  for (const key of Object.keys(row)) {
    text += `${first ? '' : ','}${JSON.stringify(key)}:${exactJsonValue(row[key])}`;
    first = false;
  }
  return text + '}';
}
