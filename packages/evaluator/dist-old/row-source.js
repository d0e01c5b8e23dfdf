export function openRowSource(input, allowAsync) {
    if (isRows(input, allowAsync))
        return { rows: input };
    if (typeof input !== 'object' || input === null)
        return { found: describeInput(input) };
    const body = input;
    let member;
    for (const key of Object.keys(body)) {
        if (!isRowsMember(key))
            continue;
        if (member !== undefined)
            return { found: rowsArrayTwiceMessage(member, key) };
        member = key;
    }
    if (member === undefined)
        return { found: 'an object without a Value member' };
    const rows = body[member];
    return isRows(rows, allowAsync) ? { rows } : { found: `a response body whose ${member} is ${describeInput(rows)}` };
}
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
export function isRowsMember(name) {
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
export function rowsArrayTwiceMessage(first, second) {
    const again = first === second ? `two '${first}' members` : `both a '${first}' and a '${second}' member`;
    return `a response body with ${again} (keep one array of rows)`;
}
function isRows(value, allowAsync) {
    if (typeof value !== 'object' || value === null)
        return false;
    const members = value;
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
export function describeInput(value) {
    if (value === null)
        return 'null';
    if (value === undefined)
        return 'undefined';
    if (Array.isArray(value))
        return 'an array';
    const type = typeof value;
    return type === 'object' ? 'an object' : `a ${type}`;
}
//# sourceMappingURL=row-source.js.map