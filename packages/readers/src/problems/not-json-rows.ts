import type { ProblemInit } from '../read-problem.js';

/**
 * `PCAQ0507`: a JSON input that starts with neither an array nor an object, or is empty
 * (docs/diagnostics.md). The hint to read it as CSV applies when its first line holds a comma or a tab.
 *
 * @example
 * ```ts
 * notJsonRows({ found: "'w'", looksLikeCsv: true }); // { code: 'PCAQ0507', args: { found: "'w'" }, hint: true }
 * ```
 */
export function notJsonRows(found: { readonly found: string; readonly looksLikeCsv: boolean } | { readonly empty: true }): ProblemInit {
  if ('empty' in found) return { code: 'PCAQ0507', variant: 'empty' };
  return { code: 'PCAQ0507', args: { found: found.found }, hint: found.looksLikeCsv };
}
