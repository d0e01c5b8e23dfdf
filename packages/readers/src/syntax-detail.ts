import { DIAGNOSTIC_MESSAGES, formatMessage } from '@pcaq/core';

/** The codes whose `{detail}` is an account of malformed syntax (the message table's `details`). */
type DetailedCode = 'PCAQ0506' | 'PCAQ0515';

/**
 * The names of the syntax accounts of a code, as its entry in the message table lists them.
 *
 * @example
 * ```ts
 * const name: SyntaxDetailName<'PCAQ0515'> = 'unclosed-quote';
 * ```
 */
export type SyntaxDetailName<C extends DetailedCode> = keyof (typeof DIAGNOSTIC_MESSAGES)[C]['details'] & string;

/**
 * A splitter's account of malformed syntax, in the words of the message table
 * (`DIAGNOSTIC_MESSAGES[code].details`): what fills `{detail}` in `PCAQ0506` (JSON), `PCAQ0515`
 * and `PCAQ0516` (CSV), so every message the readers write comes from the one table
 * (docs/diagnostics.md).
 *
 * @example
 * ```ts
 * syntaxDetail('PCAQ0506', 'after-row', { found: "'}'" }); // "expected ',' or ']' after a row, found '}'"
 * ```
 */
export function syntaxDetail<C extends DetailedCode>(code: C, name: SyntaxDetailName<C>, args: Readonly<Record<string, string | number>> = {}): string {
  const details: Readonly<Record<string, string>> = DIAGNOSTIC_MESSAGES[code].details;
  return formatMessage(details[name] ?? name, args);
}
