import type { DiagnosticCode, DiagnosticInit } from '@pcaq/core';
import type { ParameterValue } from '../whole-number.js';

/**
 * A request check of one scalar parameter, as the checker's field rules are checks of a tree: one
 * module per rule, named after its code's id, listed in `REQUEST_RULES`. `read` gives the value as
 * the query holds it (undefined when invalid) and, when it is invalid, the one diagnostic that says
 * why, its span indexing `text`.
 *
 * @example
 * ```ts
 * REQUEST_RULES[0].read('0').problem?.code; // 'PCAQ0401' (invalid-top)
 * ```
 */
export interface ParameterRule<T> {
  readonly code: DiagnosticCode;
  readonly parameter: 'top' | 'skip' | 'processedDateTime';
  read(given: unknown): ParameterValue<T> & { readonly problem?: DiagnosticInit };
}
