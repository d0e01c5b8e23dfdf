import { type DiagnosticInit, type Span } from '@pcaq/core';
import { singleEditFix } from '../edits.js';

/**
 * PCAQ0117 (cast-type-name): A date cast whose type is not `Edm.DateTimeOffset`
 * (`cast('2018-01-01', Edm.String)`); the fix writes the one type the language casts to. Its
 * message and fix text are in the message table; docs/diagnostics.md has its examples. The only
 * module that makes this code.
 *
 * @example
 * ```ts
 * castTypeName(span(20, 30), 'Edm.String').args; // { actual: 'Edm.String' }
 * ```
 */
export function castTypeName(at: Span, actual: string): DiagnosticInit {
  return { code: 'PCAQ0117', span: at, args: { actual }, fixes: [singleEditFix(at, 'Edm.DateTimeOffset')] };
}
