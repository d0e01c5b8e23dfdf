import type { EngineProblemInit } from '../engine-error.js';

/**
 * `PCAQ0520`: a file an engine cannot open, or cannot copy for DuckDB (`prepare`), with the
 * system's error code as the reason (docs/diagnostics.md).
 *
 * @example
 * ```ts
 * unreadableFile(Object.assign(new Error('x'), { code: 'ENOENT' })); // { code: 'PCAQ0520', args: { reason: 'ENOENT' } }
 * ```
 */
export function unreadableFile(error: unknown, prepare = false): EngineProblemInit {
  const reason = (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
  return { code: 'PCAQ0520', args: { reason }, ...(prepare ? { variant: 'prepare' } : {}) };
}
