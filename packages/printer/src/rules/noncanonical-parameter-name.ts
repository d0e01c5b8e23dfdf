import type { DiagnosticInit, QueryParameter, Span } from '@pcaq/core';
import { short } from '../short-text.js';

/**
 * PCAQ0406 (noncanonical-parameter-name): a parameter name written in another case or with the
 * OData `$` (**Decision**, docs/language.md, "The request": accepted, as the ASP.NET service
 * accepts it, with a warning and a fix to the documented name).
 *
 * @example
 * ```ts
 * noncanonicalParameterName('groupBy', 'groupby', span(1, 8)).fixes?.[0]?.edits[0]?.text; // 'groupby'
 * ```
 */
export function noncanonicalParameterName(name: string, parameter: QueryParameter, nameSpan: Span): DiagnosticInit {
  return { code: 'PCAQ0406', span: nameSpan, args: { expected: parameter, actual: short(name) }, fixes: [{ edits: [{ span: nameSpan, text: parameter }] }] };
}
