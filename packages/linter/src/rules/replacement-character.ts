import { createDiagnostic, span, type Diagnostic, type DiagnosticSource, type LineIndex } from '@pcaq/core';

/**
 * PCAQ0411 warnings for every run of U+FFFD in a text: the character a decoder puts where bytes
 * were not UTF-8, so a filter or group-by list holding it was almost certainly mangled on its way
 * (a shell in another code page, a file saved as Latin-1) and will not match what was meant. One
 * warning per run, at the run's span (docs/diagnostics.md, PCAQ0411). No fix: the original
 * characters are lost.
 *
 * @example
 * ```ts
 * replacementCharacter("customerName eq 'M\uFFFDller'", lines)[0]?.span; // { start: 18, end: 19 }
 * ```
 */
export function replacementCharacter(text: string, lines: LineIndex, source?: DiagnosticSource): Diagnostic[] {
  const found: Diagnostic[] = [];
  let at = text.indexOf('\uFFFD');
  while (at >= 0) {
    let end = at + 1;
    while (text.charCodeAt(end) === 0xfffd) end++;
    found.push(createDiagnostic(lines, { code: 'PCAQ0411', span: span(at, end), ...(source ? { source } : {}) }));
    at = text.indexOf('\uFFFD', end);
  }
  return found;
}
