import { NO_SPAN, createDiagnostic, type Diagnostic, type Span } from '@pcaq/core';
import { printStringLiteral } from '@pcaq/printer';

// The diagnostics only the builder can find, expressed with the linter's codes so that callers
// handle one set of codes whichever way a query was made. Built in code, they have no text: spans
// are empty (NO_SPAN) unless a template gave them a place.

/**
 * An empty list where at least one condition or value is needed (`anyOf('channel', [])`,
 * `allOf()`): PCAQ0101, as an empty filter is. The message names the call, for the programmer.
 */
export function emptyListDiagnostic(call: string): Diagnostic {
  const base = createDiagnostic('', { code: 'PCAQ0101', span: NO_SPAN });
  return {
    ...base,
    message: `${call} was given an empty list: there is no condition to filter on. Leave the condition out when the list is empty.`,
  };
}

/**
 * A value that is not a string (only a JavaScript caller, or a cast, can pass one): PCAQ0109, as
 * the linter reports `workloadCode eq 5`.
 */
export function notAStringDiagnostic(value: unknown, text = '', at: Span = NO_SPAN): Diagnostic {
  return createDiagnostic(text, { code: 'PCAQ0109', span: at, args: { expected: printStringLiteral(describe(value)) } });
}

/** Something given as a filter tree that is not one (a JavaScript caller's mistake): PCAQ0112. */
export function notATreeDiagnostic(): Diagnostic {
  return createDiagnostic('', { code: 'PCAQ0112', span: NO_SPAN, args: { expected: 'a condition or a filter tree', found: 'something else' } });
}

/** A short, never-throwing description of a value for a message. */
function describe(value: unknown): string {
  if (value === undefined || value === null) return '...';
  try {
    return String(value);
  } catch {
    return '...';
  }
}
