import type { Diagnostic, LineColumn } from '@pcaq/core';

/**
 * One diagnostic as a GitHub Actions annotation: the file (omitted for `pcaq lint`, whose
 * text has no file) and where the span ends.
 *
 * @example
 * ```ts
 * declare const diagnostic: Diagnostic;
 * const annotation: GithubAnnotation = { diagnostic, file: 'src/usage.py', end: { line: 9, column: 49 } };
 * ```
 */
export interface GithubAnnotation {
  readonly diagnostic: Diagnostic;
  readonly file?: string;
  readonly end: LineColumn;
}

/**
 * GitHub shows this many annotations of each kind (error, warning) per step and drops the rest.
 *
 * @example
 * ```ts
 * declare const errors: number;
 * if (errors > GITHUB_ANNOTATION_LIMIT) console.log('some errors are not shown as annotations');
 * ```
 */
export const GITHUB_ANNOTATION_LIMIT = 10;

/**
 * The `::error` / `::warning` workflow commands of the diagnostics, escaped as the Actions
 * toolkit (`@actions/core`) escapes them, in order. GitHub keeps only the first
 * {@link GITHUB_ANNOTATION_LIMIT} of each kind per step; when more were written, a last line says
 * how many are not shown and repeats those in plain text below it, so the step's log has the
 * full list (docs/scan.md, "Output formats").
 *
 * @example
 * ```ts
 * declare const diagnostic: Diagnostic;
 * githubAnnotations([{ diagnostic, file: 'a.py', end: { line: 1, column: 22 } }]);
 * // '::error file=a.py,line=1,col=17,endLine=1,endColumn=22,title=PCAQ0104::Strings are written in single quotes: \'SFB\'.\n'
 * ```
 */
export function githubAnnotations(annotations: readonly GithubAnnotation[]): string {
  const shown: string[] = [];
  const hidden: GithubAnnotation[] = [];
  const counts = { error: 0, warning: 0 };
  for (const a of annotations) {
    const kind = a.diagnostic.severity;
    counts[kind]++;
    if (counts[kind] > GITHUB_ANNOTATION_LIMIT) hidden.push(a);
    shown.push(command(a));
  }
  if (hidden.length === 0) return shown.map((line) => `${line}\n`).join('');
  const errors = hidden.filter((a) => a.diagnostic.severity === 'error').length;
  const warnings = hidden.length - errors;
  const summary =
    `pcaq: GitHub shows ${GITHUB_ANNOTATION_LIMIT} annotations of each kind per step; ` +
    `${count(errors, 'error')} and ${count(warnings, 'warning')} were not shown. The full list (${annotations.length}) follows:`;
  const plain = annotations.map((a) => `${a.file ?? a.diagnostic.source ?? 'filter'}:${a.diagnostic.line}:${a.diagnostic.column}: ${a.diagnostic.severity} ${a.diagnostic.code}: ${a.diagnostic.message}`);
  return [...shown, summary, ...plain].map((line) => `${line}\n`).join('');
}

function command(a: GithubAnnotation): string {
  const d = a.diagnostic;
  const properties: [string, string | number | undefined][] = [
    ['file', a.file],
    ['line', d.line],
    ['col', d.column],
    ['endLine', a.end.line],
    ['endColumn', a.end.column],
    ['title', d.code],
  ];
  const props = properties
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${d.severity} ${props}::${escapeData(d.message)}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** `@actions/core`'s `escapeData`: `%`, CR and LF. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** `@actions/core`'s `escapeProperty`: as `escapeData`, plus `:` and `,`. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
