import { QUERY_PARAMETERS, didYouMean, similarNames, type DiagnosticInit, type Span } from '@pcaq/core';
import { short } from '../short-text.js';

/**
 * PCAQ0404 (unknown-parameter): a parameter the endpoint does not know; the service ignores it,
 * so a misspelt `fitler` silently returns every row (docs/language.md, "The request"). Names near
 * a real parameter get a did-you-mean hint and a suggestion (never a fix: the parameter may be
 * meant for something else, such as a proxy).
 *
 * @example
 * ```ts
 * unknownParameter('fitler', span(1, 7)).suggestions?.[0]?.edits[0]?.text; // 'filter'
 * ```
 */
export function unknownParameter(name: string, nameSpan: Span): DiagnosticInit {
  const meant = similarNames(name.replace(/^\$/, ''), QUERY_PARAMETERS);
  const suggestions = meant.map((m) => ({ edits: [{ span: nameSpan, text: m }], args: { name, replacement: m } }));
  return { code: 'PCAQ0404', span: nameSpan, args: { name: short(name), hint: didYouMean(meant) }, suggestions };
}
