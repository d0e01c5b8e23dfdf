import type { ProblemInit } from '../read-problem.js';

/**
 * `PCAQ0511`: a JSON object without a `Value` (or `value`) array of rows, or whose rows member is
 * not an array (docs/diagnostics.md).
 *
 * @example
 * ```ts
 * noRowsArray();                                        // { code: 'PCAQ0511', hint: true }
 * noRowsArray({ member: 'Value', found: "'n'" }).variant; // 'not-an-array'
 * ```
 */
export function noRowsArray(notAnArray?: { readonly member: string; readonly found: string }): ProblemInit {
  if (notAnArray === undefined) return { code: 'PCAQ0511', hint: true };
  return { code: 'PCAQ0511', variant: 'not-an-array', args: { member: notAnArray.member, found: notAnArray.found } };
}
