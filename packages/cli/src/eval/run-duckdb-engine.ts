import type { CheckedQuery } from '@pcaq/core';
import type { DuckDbFileOptions } from '@pcaq/engines';
import type { EvaluationOutcome } from '@pcaq/evaluator';
import { UsageError } from '../usage-error.js';

/**
 * Runs the query with DuckDB through `@pcaq/engines`' `evaluateFileWithDuckDb`, loaded only when
 * asked for (DuckDB is a large native module the JS engine does not need). Standard input cannot
 * be used: DuckDB reads the file itself. Data problems come back as the engine's `EngineError`.
 *
 * @example
 * ```ts
 * const outcome = await evaluateWithDuckDb('usage.csv', checked, { all: false });
 * ```
 */
export async function evaluateWithDuckDb(path: string, query: CheckedQuery, options: DuckDbFileOptions): Promise<EvaluationOutcome> {
  if (path === '-') throw new UsageError('--engine duckdb reads a file; standard input needs --engine js', 'eval');
  let engines: typeof import('@pcaq/engines');
  try {
    engines = await import('@pcaq/engines');
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`the duckdb engine is not available (${reason}); use --engine js`, 'eval');
  }
  return engines.evaluateFileWithDuckDb(path, query, options);
}

/**
 * Whether an error is the engine's report of bad data or an unreadable file (printed as
 * `pcaq: <message>`, exit 1) rather than a bug.
 *
 * @example
 * ```ts
 * isEngineError(new Error('x')); // false
 * ```
 */
export function isEngineError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'EngineError';
}
