import { lineColumnAt, type Diagnostic, type DiagnosticSource } from '@pcaq/core';
import { cliVersion } from './cli-version.js';
import { githubAnnotations } from './github.js';
import { sarifLog, type SarifArtifact } from './sarif.js';

/**
 * `pcaq lint`'s diagnostics as SARIF or GitHub annotations. The linted texts are not files: in
 * SARIF each is an artifact carried in the log (its `contents`), and annotations name no file.
 * Spans, lines and columns index the parameter's text, as in the text and JSON output.
 *
 * @example
 * ```ts
 * io.stdout.write(lintReport('sarif', diagnostics, { filter: 'workloadCode eq "SFB"' }));
 * ```
 */
export function lintReport(format: 'sarif' | 'github', diagnostics: readonly Diagnostic[], texts: Partial<Record<DiagnosticSource, string>>): string {
  const sources = [...new Set(diagnostics.map((d) => d.source ?? 'filter'))];
  const endOf = (d: Diagnostic) => lineColumnAt(texts[d.source ?? 'filter'] ?? '', d.span.end);
  if (format === 'github') return githubAnnotations(diagnostics.map((d) => ({ diagnostic: d, end: endOf(d) })));
  const artifacts: SarifArtifact[] = sources.map((source) => ({ description: source === 'url' ? 'the request URL' : `the ${source} parameter`, text: texts[source] ?? '' }));
  const findings = diagnostics.map((d) => {
    const source = d.source ?? 'filter';
    const text = texts[source] ?? '';
    return { diagnostic: d, artifact: sources.indexOf(source), end: endOf(d), identity: `${source}\u0000${text}\u0000${text.slice(d.span.start, d.span.end)}` };
  });
  return JSON.stringify(sarifLog(artifacts, findings, { version: cliVersion() }), null, 2) + '\n';
}
