import type { DiagnosticSource, Schema } from '@pcaq/core';

/**
 * Options of {@link parseFilter} and {@link parseGroupBy}.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { schema: LICENSE_USAGE_SCHEMA };
 * ```
 */
export interface ParseOptions {
  /** The fields to check against; default `LICENSE_USAGE_SCHEMA`. */
  readonly schema?: Schema;
  /** The request parameter the text is, set on every diagnostic as it is made (whole-request linting passes it). */
  readonly source?: DiagnosticSource;
}

/**
 * Options of {@link lintQuery} and {@link checkQuery}.
 *
 * @example
 * ```ts
 * const options: LintOptions = { maxQueryStringLength: 4096 };
 * ```
 */
export interface LintOptions extends Omit<ParseOptions, 'source'> {
  /** Encoded query string length past which PCAQ0408 warns; default `LIMITS.maxQueryStringLength` (2,048). */
  readonly maxQueryStringLength?: number;
}
