import { NO_SPAN, createDiagnostic, filterTreeProblem, type Diagnostic, type Span, type TreeProblem } from '@pcaq/core';
import { malformedFilterTree } from '@pcaq/checker';
import { emptyList, valueNotString } from '@pcaq/parser';
import { printStringLiteral } from '@pcaq/printer';
import { dateText } from './date-text.js';

// The diagnostics only the builder can find, expressed with the linter's codes so that callers
// handle one set of codes whichever way a query was made. Built in code, they have no text: spans
// are empty (NO_SPAN) unless a template gave them a place.

/**
 * An empty list where at least one condition or value is needed (`anyOf('channel', [])`,
 * `allOf()`): PCAQ0101, as an empty filter is. The message names the call, for the programmer.
 */
export function emptyListDiagnostic(call: string): Diagnostic {
  return createDiagnostic('', emptyList(call));
}

/**
 * A value that is not a string (only a JavaScript caller, or a cast, can pass one): PCAQ0109, as
 * the linter reports `workloadCode eq 5`.
 */
export function notAStringDiagnostic(value: unknown, text = '', at: Span = NO_SPAN): Diagnostic {
  return createDiagnostic(text, valueNotString(at, printStringLiteral(describe(value))));
}

/**
 * Something given as a filter tree that is not one (a JavaScript caller's mistake): PCAQ0116,
 * naming the node and what is wrong with it, as the linter reports it.
 */
export function notATreeDiagnostic(value: unknown): Diagnostic {
  let problem: TreeProblem | undefined;
  try {
    problem = filterTreeProblem(value);
  } catch {
    problem = undefined;
  }
  return createDiagnostic('', malformedFilterTree(problem ?? { path: 'the tree', reason: 'cannot be read' }));
}

/** The text of a value a JavaScript caller passed where a string belongs, never throwing. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return '[object]';
  }
}

/** A short, never-throwing description of a value for a message. */
function describe(value: unknown): string {
  if (value === undefined || value === null) return '...';
  const date = dateText(value);
  if (date !== undefined) return date;
  try {
    return String(value);
  } catch {
    return '...';
  }
}
