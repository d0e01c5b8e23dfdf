import type { ProblemInit } from '../read-problem.js';

/**
 * `PCAQ0519`: a CSV file whose first line names none of the schema's fields (docs/diagnostics.md).
 *
 * @example
 * ```ts
 * csvNoHeader('license usage', "'1', '2'", true, 'workloadCode,workloadName').variant; // 'data'
 * ```
 */
export function csvNoHeader(rows: string, begins: string, looksLikeData: boolean, example: string): ProblemInit {
  return { code: 'PCAQ0519', args: { rows, begins, example }, hint: true, ...(looksLikeData ? { variant: 'data' } : {}) };
}
