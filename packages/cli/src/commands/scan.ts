import { stat, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { ENDPOINT_IDS, diagnosticHelpUri, hasErrors } from '@pcaq/core';
import { DEFAULT_ENDPOINT } from '@pcaq/printer';
import { scanPaths, type ScanDiagnostic, type ScanResult } from '@pcaq/scan';
import { cliVersion } from '../formats/cli-version.js';
import { githubAnnotations } from '../formats/github.js';
import { sarifLog, type SarifArtifact } from '../formats/sarif.js';
import { colorsFor, type CliIo } from '../io.js';
import { sourceExcerpt, summary, toJson } from '../render-diagnostics.js';
import { endpointOption } from '../query-options.js';
import { UsageError } from '../usage-error.js';

type ScanFormat = 'text' | 'json' | 'sarif' | 'github';

interface ScanOptions {
  readonly format: ScanFormat;
  readonly endpoint?: string;
  readonly output?: string;
}

const FORMATS: readonly ScanFormat[] = ['text', 'json', 'sarif', 'github'];

const EXAMPLES = `
Examples:
  $ pcaq scan                               every file under the current directory
  $ pcaq scan src scripts/report.py         some folders and files
  $ pcaq scan --format sarif -o pcaq.sarif  for GitHub code scanning (upload-sarif)
  $ pcaq scan --format github               annotations on the pull request, from a workflow step
  $ pcaq scan --endpoint license-deployment src  values found alone in src are for licence deployment

Finds the analytics queries in files of any language (URLs and query strings, and values given
as filter or groupby), lints them as 'pcaq lint' does, and reports each problem at its file,
line and column. Honours .gitignore; skips binary files. A query put together at run time is
reported as PCAQ0601 (a warning). A URL is checked against the endpoint its path names (a path
of no endpoint is PCAQ0412, a warning); --endpoint is for the rest. See docs/scan.md.

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error or a path that
could not be read.`;

/**
 * Registers `pcaq scan [PATH...]`: finds and lints every query in a tree of files
 * (docs/scan.md), printing text, JSON, SARIF 2.1.0 or GitHub annotations.
 *
 * @example
 * ```ts
 * registerScanCommand(program, processIo());
 * ```
 */
export function registerScanCommand(program: Command, io: CliIo): void {
  program
    .command('scan')
    .description('find and lint every query in files of any language')
    .argument('[paths...]', 'files and folders to scan (default: the current folder)')
    .option('--format <format>', 'text, json, sarif or github', parseFormat, 'text' as ScanFormat)
    .option('-o, --output <file>', 'write the report to FILE instead of standard output')
    .option('--endpoint <name>', `the endpoint of values given alone and of URLs whose path names none: ${ENDPOINT_IDS.join(', ')} (default ${DEFAULT_ENDPOINT})`)
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], options: ScanOptions) => {
      const cwd = process.cwd();
      const endpoint = endpointOption(options.endpoint, 'scan');
      for (const path of paths) {
        if (!(await stat(path).then(() => true, () => false))) throw new UsageError(`no such file or folder: '${path}'`, 'scan');
      }
      const result = await scanPaths(paths.length > 0 ? paths : ['.'], cwd, endpoint);
      const report = render(result, options.format, cwd, io);
      if (options.output !== undefined) {
        try {
          await writeFile(options.output, report);
        } catch (error) {
          throw new UsageError(`cannot write '${options.output}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 'scan');
        }
      } else {
        io.stdout.write(report);
      }
      for (const problem of result.unreadable) io.stderr.write(`pcaq: cannot read '${problem.path}': ${problem.reason}\n`);
      if (result.unreadable.length > 0) io.setExitCode(2);
      else if (hasErrors(result.diagnostics)) io.setExitCode(1);
    });
}

function parseFormat(value: string): ScanFormat {
  if ((FORMATS as readonly string[]).includes(value)) return value as ScanFormat;
  throw new UsageError(`--format must be text, json, sarif or github, not '${value}'`, 'scan');
}

function render(result: ScanResult, format: ScanFormat, cwd: string, io: CliIo): string {
  const end = (d: ScanDiagnostic) => ({ line: d.endLine, column: d.endColumn });
  switch (format) {
    case 'text':
      return renderText(result, io);
    case 'json':
      return JSON.stringify(
        {
          diagnostics: result.diagnostics.map((d) => ({ file: d.file, ...toJson(d), endLine: d.endLine, endColumn: d.endColumn, query: d.query, docUrl: diagnosticHelpUri(d.code) })),
          files: result.files.length,
          binary: result.binary,
          unreadable: result.unreadable,
        },
        null,
        2,
      ) + '\n';
    case 'github':
      return githubAnnotations(result.diagnostics.map((d) => ({ diagnostic: d, file: d.file, end: end(d) })));
    case 'sarif': {
      const files = [...new Set(result.diagnostics.map((d) => d.file))];
      const artifacts: SarifArtifact[] = files.map((uri) => ({ uri: encodeURI(uri) }));
      const findings = result.diagnostics.map((d) => ({
        diagnostic: d,
        artifact: files.indexOf(d.file),
        end: end(d),
        identity: `${d.query}\u0000${(result.texts?.get(d.file) ?? '').slice(d.span.start, d.span.end)}`,
      }));
      const notifications = result.unreadable.map((u) => `cannot read '${u.path}': ${u.reason}`);
      const baseUri = pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href;
      return JSON.stringify(sarifLog(artifacts, findings, { version: cliVersion(), baseUri, notifications }), null, 2) + '\n';
    }
  }
}

function renderText(result: ScanResult, io: CliIo): string {
  const c = colorsFor(io, 'stdout');
  let out = '';
  for (const d of result.diagnostics) {
    const paint = d.severity === 'error' ? c.red : c.yellow;
    out += `${c.bold(`${d.file}:${d.line}:${d.column}`)}: ${paint(c.bold(d.severity))} ${c.dim(d.code)}: ${d.message}\n`;
    const text = result.texts?.get(d.file);
    if (text !== undefined) {
      const { line, underline } = sourceExcerpt(text, d.span.start, d.span.end);
      out += `  ${line}\n  ${paint(underline)}\n`;
    }
    const hint = d.fixes?.[0] ?? d.suggestions?.[0];
    if (hint) out += `  ${c.cyan(d.fixes?.[0] ? 'fix' : 'suggestion')}: ${hint.message}\n`;
  }
  const files = new Set(result.diagnostics.map((d) => d.file)).size;
  const skipped = result.binary.length > 0 ? `; ${result.binary.length} binary ${result.binary.length === 1 ? 'file' : 'files'} skipped` : '';
  out += `${summary(result.diagnostics)} in ${files} of ${result.files.length} ${result.files.length === 1 ? 'file' : 'files'} scanned${skipped}\n`;
  return out;
}
