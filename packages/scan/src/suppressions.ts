import type { ScanDiagnostic } from './scan-diagnostic.js';

const IGNORE_FILE = /\bpcaq-ignore-file\b/;
const IGNORE_LINE = /\bpcaq-ignore(?!-)\b/;
const IGNORE_NEXT_LINE = /\bpcaq-ignore-next-line\b/;

/**
 * Drops the diagnostics a file asks to ignore (docs/scan.md, "Ignoring a finding"): every one
 * when the file mentions `pcaq-ignore-file`, those starting on a line that mentions
 * `pcaq-ignore`, and those starting on the line after one that mentions `pcaq-ignore-next-line`
 * (in a comment, usually; the marker is found anywhere on the line).
 *
 * @example
 * ```ts
 * declare const diagnostics: ScanDiagnostic[];
 * withoutSuppressed('q = {"filter": "x"}  # pcaq-ignore', diagnostics); // []
 * ```
 */
export function withoutSuppressed(text: string, diagnostics: ScanDiagnostic[]): ScanDiagnostic[] {
  if (diagnostics.length === 0 || !text.includes('pcaq-ignore')) return diagnostics;
  if (IGNORE_FILE.test(text)) return [];
  const lines = text.split(/\r\n|\r|\n/);
  return diagnostics.filter((d) => !IGNORE_LINE.test(lines[d.line - 1] ?? '') && !IGNORE_NEXT_LINE.test(lines[d.line - 2] ?? ''));
}
