import { type DiagnosticInit, type Span } from '@pcaq/core';
import { singleEditFix } from '../edits.js';

/**
 * PCAQ0118 (contains-infix): `contains` written as an operator (`productName contains 'E3'`);
 * the fix writes the function call `contains(productName,'E3')`. `value` is the string literal as
 * written. Its message and fix text are in the message table; docs/diagnostics.md has its
 * examples. The only module that makes this code.
 *
 * @example
 * ```ts
 * containsInfix(span(0, 25), 'productName', "'E3'").args; // { expected: "contains(productName,'E3')" }
 * ```
 */
export function containsInfix(at: Span, field: string, value: string): DiagnosticInit {
  const expected = `contains(${field},${value})`;
  return { code: 'PCAQ0118', span: at, args: { expected }, fixes: [singleEditFix(at, expected)] };
}
