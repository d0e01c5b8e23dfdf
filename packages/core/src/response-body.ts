import { formatMessage } from './diagnostic.js';
import { InvalidArgumentError } from './invalid-argument.js';
import { DIAGNOSTIC_MESSAGES } from './messages.js';

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
 * {@link isRowsMember}): the message of `PCAQ0512` in the message table, which the readers report
 * at the position of the second and the evaluator gives as what it found instead of rows.
 *
 * @example
 * ```ts
 * rowsArrayTwiceMessage('value', 'Value'); // "a response body with both a 'value' and a 'Value' member (keep one array of rows)"
 * ```
 * @throws InvalidArgumentError when `first` or `second` is not a string.
 */
export function rowsArrayTwiceMessage(first: string, second: string): string {
  if (typeof first !== 'string') throw new InvalidArgumentError('rowsArrayTwiceMessage', 'first', 'is not a string');
  if (typeof second !== 'string') throw new InvalidArgumentError('rowsArrayTwiceMessage', 'second', 'is not a string');
  const entry = DIAGNOSTIC_MESSAGES.PCAQ0512;
  return formatMessage(first === second ? entry.variants.same : entry.template, { first, second });
}
