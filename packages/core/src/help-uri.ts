import { InvalidArgumentError } from './invalid-argument.js';

/** The published diagnostics reference (docs/diagnostics.md as the documentation site renders it). */
const DIAGNOSTICS_PAGE = 'https://pcaq.github.io/pcaq/documents/diagnostics.html';

/**
 * The address of a diagnostic code's entry in the published diagnostics reference
 * (docs/diagnostics.md): the page's address and the code in lowercase as the anchor. The one place
 * that knows this address; the CLI's JSON `docUrl` and SARIF's `helpUri` both come from here.
 *
 * @example
 * ```ts
 * diagnosticHelpUri('PCAQ0104'); // 'https://pcaq.github.io/pcaq/documents/diagnostics.html#pcaq0104'
 * ```
 *
 * @throws {@link InvalidArgumentError} when `code` is not a string (input from code, not from a user).
 */
export function diagnosticHelpUri(code: string): string {
  if (typeof code !== 'string') throw new InvalidArgumentError('diagnosticHelpUri', 'code', 'is not a string');
  return `${DIAGNOSTICS_PAGE}#${encodeURIComponent(code.toLowerCase())}`;
}
