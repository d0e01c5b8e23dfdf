import type { EndpointId } from '@pcaq/core';
import { extractQueries } from './extract-queries.js';
import { lineIndex } from './line-index.js';
import { lintExtracted } from './lint-extracted.js';
import type { ScanDiagnostic } from './scan-diagnostic.js';
import { withoutSuppressed } from './suppressions.js';

/**
 * Finds every query in the text of one file and lints it: the diagnostics in file order, with
 * spans, lines and columns of the file. A pure function (no file is read); `path` only chooses
 * how the text is read (docs/scan.md) and names the file in the diagnostics. Findings the file
 * marks with `pcaq-ignore` comments are left out. A URL is checked against the endpoint its path
 * names; `endpoint` (default licence usage) is for the rest.
 *
 * @example
 * ```ts
 * scanText("requests.get(URL, params={'filter': 'WorkloadCode eq \"SFB\"'})", 'usage.py').map((d) => `${d.line}:${d.column} ${d.code}`);
 * // ['1:38 PCAQ0201', '1:54 PCAQ0104']
 * ```
 */
export function scanText(text: string, path: string, endpoint?: EndpointId): ScanDiagnostic[] {
  const file = { file: path, text, position: lineIndex(text) };
  const found = extractQueries(text, path)
    .flatMap((query) => lintExtracted(query, file, endpoint))
    .sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
  return withoutSuppressed(text, found);
}
