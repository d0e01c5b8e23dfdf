import { truncateText, type FixInit, type Span } from '@pcaq/core';

/**
 * Whether `span` really covers `expected` in `text`. Nodes built in code carry `NO_SPAN` and nodes
 * may be checked against a different text than they were parsed from; a fix is only offered when
 * its span is known to hold what the rule saw, so applying it can never garble the text.
 *
 * @example
 * ```ts
 * spanHolds("channel eq 'x'", { start: 0, end: 7 }, 'channel'); // true
 * spanHolds('', { start: 0, end: 0 }, 'channel');               // false
 * ```
 */
export function spanHolds(text: string, span: Span, expected: string): boolean {
  return span.end > span.start && text.slice(span.start, span.end) === expected;
}

/**
 * A fix that replaces one span by `replacement`; `original` and `replacement` fill the code's
 * `fix` template (PCAQ0201: "Replace '{original}' with '{replacement}'").
 *
 * @example
 * ```ts
 * replaceFix({ start: 0, end: 12 }, 'WorkloadCode', 'workloadCode');
 * // { edits: [{ span: { start: 0, end: 12 }, text: 'workloadCode' }], args: { original: 'WorkloadCode', replacement: 'workloadCode' } }
 * ```
 */
export function replaceFix(span: Span, original: string, replacement: string): FixInit {
  return { edits: [{ span, text: replacement }], args: { original, replacement } };
}

/**
 * Shortens a value for a message so a 30,000-character literal does not flood the output; never
 * cuts a surrogate pair in half.
 *
 * @example
 * ```ts
 * abbreviate('x'.repeat(100)).length; // 61
 * ```
 */
export function abbreviate(value: string, max = 60): string {
  return truncateText(value, max);
}
