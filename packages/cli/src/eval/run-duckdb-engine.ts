import type { Query } from '@pcaq/core';
import type { EvaluationResult } from '@pcaq/evaluator';
import type { InputFormat } from '@pcaq/readers';
import { UsageError } from '../usage-error.js';

/** What `pcaq eval --engine duckdb` passes to `@pcaq/engines`. */
export interface DuckDbRunOptions {
  readonly caseSensitive: boolean;
  readonly all: boolean;
  readonly basePath: string;
  readonly inputFormat: InputFormat;
  readonly skipBadRows: boolean;
}

type EvaluateFile = (path: string, query: Query, options: DuckDbRunOptions) => Promise<EvaluationResult>;

/**
 * Runs the query with DuckDB through `@pcaq/engines`' `evaluateFileWithDuckDb`, loaded only when
 * asked for (DuckDB is a large native module the JS engine does not need). Standard input cannot
 * be used: DuckDB reads the file itself.
 *
 * @example
 * ```ts
 * const result = await evaluateWithDuckDb('usage.csv', { groupby: 'channel' }, options);
 * ```
 */
export async function evaluateWithDuckDb(path: string, query: Query, options: DuckDbRunOptions): Promise<EvaluationResult> {
  if (path === '-') throw new UsageError('--engine duckdb reads a file; standard input needs --engine js', 'eval');
  const engines = (await import('@pcaq/engines')) as { evaluateFileWithDuckDb?: unknown };
  if (typeof engines.evaluateFileWithDuckDb !== 'function') {
    throw new UsageError('the duckdb engine is not available in this build of pcaq; use --engine js', 'eval');
  }
  return (engines.evaluateFileWithDuckDb as EvaluateFile)(path, query, options);
}
