import type { EngineProblemInit } from '../engine-error.js';

/**
 * `PCAQ0521`: a file DuckDB refused where the readers cannot say where (a Parquet file, which
 * they do not read): DuckDB's own first line is the reason, passed on as it is, never parsed
 * (docs/engines.md, "Reading files strictly").
 *
 * @example
 * ```ts
 * engineReadError(new Error('IO Error: No magic bytes found\nmore')); // { code: 'PCAQ0521', args: { reason: 'IO Error: No magic bytes found' } }
 * ```
 */
export function engineReadError(error: unknown): EngineProblemInit {
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'PCAQ0521', args: { reason: message.split('\n')[0] ?? message } };
}
