import type { DiagnosticInit, QueryParameter, Span } from '@pcaq/core';
import { short } from '../short-text.js';

/**
 * PCAQ0410 (parameter-name-spacing): a parameter name with spaces around it (`filter =...`,
 * `$ top`): the service does not read it as the parameter and ignores it, so it is an error with
 * a fix to the name it stands for (docs/language.md, "The request").
 *
 * @example
 * ```ts
 * parameterNameSpacing('filter ', 'filter', span(1, 8)).fixes?.[0]?.edits[0]?.text; // 'filter'
 * ```
 */
export function parameterNameSpacing(name: string, parameter: QueryParameter, nameSpan: Span): DiagnosticInit {
  return { code: 'PCAQ0410', span: nameSpan, args: { expected: parameter, actual: short(name) }, fixes: [{ edits: [{ span: nameSpan, text: parameter }] }] };
}
