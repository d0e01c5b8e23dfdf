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
 */
export function diagnosticHelpUri(code: string): string {
  return `${DIAGNOSTICS_PAGE}#${encodeURIComponent(code.toLowerCase())}`;
}
