import type { ProblemInit } from '../read-problem.js';

/**
 * `PCAQ0505`: a byte-order mark of another encoding than the one given (docs/diagnostics.md).
 *
 * @example
 * ```ts
 * byteOrderMarkMismatch('utf-16le', 'latin1'); // { code: 'PCAQ0505', args: { mark: 'UTF-16LE', encoding: 'latin1' }, hint: true }
 * ```
 */
export function byteOrderMarkMismatch(mark: string, encoding: string): ProblemInit {
  return { code: 'PCAQ0505', args: { mark: mark.toUpperCase(), encoding }, hint: true };
}
