import type { ProblemInit } from '../read-problem.js';

/**
 * `PCAQ0508`: text after the end of the JSON document (docs/diagnostics.md); a second object
 * there means the file is NDJSON, which the hint says.
 *
 * @example
 * ```ts
 * textAfterJson("'{'", true); // { code: 'PCAQ0508', args: { found: "'{'" }, hint: true }
 * ```
 */
export function textAfterJson(found: string, secondRow: boolean): ProblemInit {
  return { code: 'PCAQ0508', args: { found }, hint: secondRow };
}
