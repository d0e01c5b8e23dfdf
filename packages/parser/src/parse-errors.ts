import { EOF, type IRecognitionException, type IToken } from './chevrotain.js';
import { span, type Diagnostic, type DiagnosticInit, type DiagnosticSource, type Span } from '@pcaq/core';
import { DiagnosticBuilder } from './diagnostic-builder.js';
import { isSpace, shorten } from './edits.js';
import { tokenEnd } from './token-stream.js';

/**
 * The grammar's errors as diagnostics (`problem` makes PCAQ0112 for filters, PCAQ0304 for group-by
 * lists). The message provider made each error's message the expectation in words; what was
 * found is the token, or "the end of the ..." where input ran out. One diagnostic per place:
 * recovery can report the same token twice (a failed rule, then the rule around it).
 *
 * @example
 * ```ts
 * const { errors } = runRule('filter', lex('a eq'));
 * grammarDiagnostics('a eq', errors, unexpectedToken, 'the end of the filter')[0]?.message;
 * // 'Expected a string but found the end of the filter.'
 * ```
 */
export function grammarDiagnostics(
  text: string,
  errors: readonly IRecognitionException[],
  problem: (at: Span, expected: string, found: string) => DiagnosticInit,
  endName: string,
  source?: DiagnosticSource,
): Diagnostic[] {
  const builder = new DiagnosticBuilder(text, source);
  const diagnostics: Diagnostic[] = [];
  let reportedUpTo = -1;
  for (const error of errors) {
    const { token } = error;
    const atEnd = isEnd(token);
    const at = atEnd ? endOfContent(text) : span(token.startOffset, tokenEnd(token));
    if (at.start <= reportedUpTo && diagnostics.length > 0) continue;
    reportedUpTo = at.start;
    const found = atEnd ? endName : quoted(token.image);
    diagnostics.push(builder.create(problem(at, error.message, found)));
  }
  return diagnostics;
}

/**
 * A token's text in quotes, unless it is a quoted string already.
 *
 * @example
 * ```ts
 * quoted('b'); // "'b'"
 * quoted("'x'"); // "'x'"
 * ```
 */
export function quoted(image: string): string {
  return image.startsWith("'") ? shorten(image) : `'${shorten(image)}'`;
}

/** The end of input: chevrotain's EOF, or a `)` the normaliser added for an unclosed `(`. */
function isEnd(token: IToken): boolean {
  return token.tokenType === EOF || token.image === '';
}

/** An empty span right after the last non-blank character: where the missing text belongs. */
function endOfContent(text: string): Span {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return span(end, end);
}
