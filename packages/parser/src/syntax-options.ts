import type { DiagnosticSource } from '@pcaq/core';

/**
 * Options of `parseFilterSyntax` and `parseGroupBySyntax`: `source`, the request parameter the
 * text is, is set on every diagnostic as it is made (whole-request linting passes it), so no
 * diagnostic is patched after it is made.
 *
 * @example
 * ```ts
 * parseFilterSyntax("a EQ 'x'", { source: 'filter' }).diagnostics[0]?.source; // 'filter'
 * ```
 */
export interface SyntaxOptions {
  readonly source?: DiagnosticSource;
}
