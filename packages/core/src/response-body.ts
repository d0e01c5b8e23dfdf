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
export function isRowsMember(name: string): boolean {
  return name === 'Value' || name === 'value';
}

/**
 * The words for a response body naming its rows twice, `first` and then `second` (see
 * {@link isRowsMember}). The readers add the position of the second.
 *
 * @example
 * ```ts
 * rowsArrayTwiceMessage('value', 'Value'); // "a response body with both a 'value' and a 'Value' member (keep one array of rows)"
 * ```
 */
export function rowsArrayTwiceMessage(first: string, second: string): string {
  const again = first === second ? `two '${first}' members` : `both a '${first}' and a '${second}' member`;
  return `a response body with ${again} (keep one array of rows)`;
}
