import type { ProblemInit } from '../read-problem.js';

/**
 * `PCAQ0515`: a CSV record that breaks the quoting rules (docs/diagnostics.md); `detail` is the
 * splitter's account of it.
 *
 * @example
 * ```ts
 * csvSyntax('this quoted cell is never closed'); // { code: 'PCAQ0515', args: { detail: 'this quoted cell is never closed' } }
 * ```
 */
export function csvSyntax(detail: string): ProblemInit {
  return { code: 'PCAQ0515', args: { detail } };
}
