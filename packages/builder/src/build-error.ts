import type { Diagnostic } from '@pcaq/core';

/**
 * Thrown by the builder's output methods (`toQuery()`, `toString()`, `toUrl()`, ...) when the
 * query it holds has an error. It carries the same diagnostics the linter reports, so a caller can
 * show them or test them by code. Use `check()` or `build()` to get them without throwing.
 *
 * @example
 * ```ts
 * try {
 *   licenseUsageQuery().top(0).toQuery();
 * } catch (error) {
 *   if (error instanceof QueryBuildError) error.diagnostics.map((d) => d.code); // ['PCAQ0401']
 * }
 * ```
 */
export class QueryBuildError extends Error {
  /** Every diagnostic of the query, errors and warnings, in parameter order. */
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    super(summarize(diagnostics));
    this.name = 'QueryBuildError';
    this.diagnostics = Object.freeze([...diagnostics]);
  }
}

/** The first error in full, and how many more there are: enough for a log line. */
function summarize(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!first) return 'The query cannot be built.';
  const where = first.source ? ` (${first.source})` : '';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})` : '';
  return `The query cannot be built: ${first.code}${where}: ${first.message}${more}`;
}
