import type { ProblemInit } from '../read-problem.js';

/**
 * `PCAQ0518`: a CSV header column that is not a field but a near miss of one the header lacks
 * (docs/diagnostics.md); the hint renames it to the first candidate.
 *
 * @example
 * ```ts
 * unknownColumn('WorkloadCode', ['workloadCode']).args; // { name: 'WorkloadCode', candidates: "'workloadCode'", expected: 'workloadCode' }
 * ```
 */
export function unknownColumn(name: string, candidates: readonly [string, ...string[]]): ProblemInit {
  const quoted = candidates.map((candidate) => `'${candidate}'`);
  const last = quoted.pop()!;
  const listed = quoted.length > 0 ? `${quoted.join(', ')} or ${last}` : last;
  return { code: 'PCAQ0518', args: { name, candidates: listed, expected: candidates[0] }, hint: true };
}
