import { DIAGNOSTIC_MESSAGES, formatMessage } from '@pcaq/core';
import type { ReadProblemCode } from './types.js';

/**
 * A reader problem as its producer (a module of `problems/`, one per code) states it: the code,
 * the placeholder values of the code's message template, the wording (`variant`) when the code
 * has several, and whether the code's hint (the `fix` text of the message table) applies. The
 * prose itself lives only in the message table (docs/diagnostics.md, "PCAQ05xx").
 *
 * @example
 * ```ts
 * const init: ProblemInit = { code: 'PCAQ0514', args: { expected: 12, found: 11 } };
 * ```
 */
export interface ProblemInit {
  readonly code: ReadProblemCode;
  readonly args?: Readonly<Record<string, string | number>>;
  readonly variant?: string;
  readonly hint?: boolean;
}

/**
 * The message and hint of a problem, filled from the message table.
 *
 * @example
 * ```ts
 * problemText({ code: 'PCAQ0514', args: { expected: 12, found: 11 } });
 * // { message: 'expected 12 columns (as in the header), found 11' }
 * ```
 */
export function problemText(init: ProblemInit): { readonly message: string; readonly hint?: string } {
  const entry: { readonly template: string; readonly fix?: string; readonly variants?: Readonly<Record<string, string>> } = DIAGNOSTIC_MESSAGES[init.code];
  const args = init.args ?? {};
  const template = init.variant === undefined ? entry.template : (entry.variants?.[init.variant] ?? entry.template);
  const message = formatMessage(template, args);
  return init.hint === true && entry.fix !== undefined ? { message, hint: formatMessage(entry.fix, args) } : { message };
}
