import type { ProblemInit } from '../read-problem.js';

/**
 * `PCAQ0506`: JSON that breaks the syntax (docs/diagnostics.md): in a row (`where: 'row'`,
 * skippable), around the rows, a document that ends too early, or an NDJSON line past the length
 * limit. `detail` is the scanner's account of the syntax found (`expected ',' or ']' after a row,
 * found '}'`).
 *
 * @example
 * ```ts
 * malformedJson({ detail: "expected a value, found ']'", where: 'row' }); // { code: 'PCAQ0506', variant: 'row', args: { detail: "expected a value, found ']'" } }
 * ```
 */
export function malformedJson(found: { readonly detail: string; readonly where: 'row' | 'document' } | { readonly endsEarly: string } | { readonly lineLongerThan: number }): ProblemInit {
  if ('endsEarly' in found) return { code: 'PCAQ0506', variant: 'ends-early', args: { expected: found.endsEarly } };
  if ('lineLongerThan' in found) return { code: 'PCAQ0506', variant: 'line-too-long', args: { limit: found.lineLongerThan } };
  return { code: 'PCAQ0506', args: { detail: found.detail }, ...(found.where === 'row' ? { variant: 'row' } : {}) };
}
