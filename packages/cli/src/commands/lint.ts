import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { hasErrors, type Diagnostic, type DiagnosticSource, type Query } from '@pcaq/core';
import { lintQuery, parseFilter, parseGroupBy } from '@pcaq/linter';
import { encodeQuery, formatRequestUrl } from '@pcaq/printer';
import { fixToFixedPoint } from '../fix-loop.js';
import { wantsColor, type CliIo } from '../io.js';
import { addQueryOptions, hasQueryOptions, readQueryOptions, type QueryOptionValues } from '../query-options.js';
import { lintReport } from '../formats/lint-report.js';
import { renderDiagnostics, toJson } from '../render-diagnostics.js';
import { UsageError } from '../usage-error.js';

interface LintOptions extends QueryOptionValues {
  readonly format: 'text' | 'json' | 'sarif' | 'github';
  readonly fix?: boolean;
  readonly batch?: string;
}

const EXAMPLES = `
Examples:
  $ pcaq lint --filter "workloadCode eq 'SFB' or (channel eq 'Reseller')"
  $ pcaq lint --filter 'WorkloadCode EQ "SFB"' --fix
  $ pcaq lint --groupby customerTenantId,workloadCode --top 500
  $ pcaq lint --url "https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license/?filter=channel%20eq%20%27Reseller%27"
  $ pcaq lint --batch filters.txt        one filter per line; one JSON line per input
  $ pcaq lint --format json --filter "channel == 'x'"

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error.`;

/**
 * Registers `pcaq lint`: every diagnostic of a filter, a group-by list, paging and date
 * parameters, or a whole request URL; `--fix` applies the safe fixes; `--batch` lints a file of
 * filters, one per line.
 *
 * @example
 * ```ts
 * registerLintCommand(program, processIo());
 * ```
 */
export function registerLintCommand(program: Command, io: CliIo): void {
  const command = program
    .command('lint')
    .description('report every problem in a query, with positions and fixes')
    .option('--format <format>', 'text, json, sarif or github', parseFormat, 'text' as LintOptions['format'])
    .option('--fix', 'print the text with every safe fix applied, and what remains')
    .option('--batch <file>', "lint one filter per line of FILE ('-' for standard input)");
  addQueryOptions(command).addHelpText('after', EXAMPLES);
  command.action(async (options: LintOptions) => {
    if (options.batch !== undefined) {
      if (hasQueryOptions(options)) throw new UsageError('--batch cannot be combined with query options', 'lint');
      return setExit(io, await lintBatch(options.batch, options.fix === true, io));
    }
    if (!hasQueryOptions(options)) {
      throw new UsageError('nothing to lint: give --filter, --groupby, --top, --skip, --processed-date-time or --url', 'lint');
    }
    const given = readQueryOptions(options, 'lint');
    if (options.format === 'sarif' || options.format === 'github') {
      if (options.fix) throw new UsageError(`--fix prints text or json, not ${options.format}`, 'lint');
      const diagnostics = [...given.diagnostics, ...lintQuery(given.query)];
      io.stdout.write(lintReport(options.format, diagnostics, given.texts));
      return setExit(io, hasErrors(diagnostics));
    }
    if (options.fix) return setExit(io, printFixed(given.query, given.texts, given.base, options.format, io));
    const diagnostics = [...given.diagnostics, ...lintQuery(given.query)];
    io.stdout.write(renderDiagnostics(diagnostics, given.texts, { format: options.format, color: wantsColor(io, 'stdout') }));
    return setExit(io, hasErrors(diagnostics));
  });
}

function parseFormat(value: string): LintOptions['format'] {
  if (value === 'text' || value === 'json' || value === 'sarif' || value === 'github') return value;
  throw new UsageError(`--format must be text, json, sarif or github, not '${value}'`, 'lint');
}

function setExit(io: CliIo, problems: boolean): void {
  if (problems) io.setExitCode(1);
}

function printFixed(
  query: Query,
  texts: Partial<Record<DiagnosticSource, string>>,
  base: string | undefined,
  format: 'text' | 'json',
  io: CliIo,
): boolean {
  const fixed: Record<string, unknown> = { ...query };
  if (typeof query.filter === 'string') fixed['filter'] = fixToFixedPoint(query.filter, (t) => parseFilter(t).diagnostics);
  if (typeof query.groupby === 'string') fixed['groupby'] = fixToFixedPoint(query.groupby, (t) => parseGroupBy(t).diagnostics);
  const fixedQuery = fixed as Query;
  const remaining = lintQuery(fixedQuery);
  const fixedTexts: Partial<Record<DiagnosticSource, string>> = { ...texts };
  for (const name of ['filter', 'groupby'] as const) {
    const value = fixed[name];
    if (typeof value === 'string') fixedTexts[name] = value;
  }
  if (texts.url !== undefined) {
    const url = base !== undefined ? formatRequestUrl(fixedQuery, base) : `${texts.url.startsWith('?') ? '?' : ''}${encodeQuery(fixedQuery)}`;
    fixedTexts.url = url;
  }
  if (format === 'json') {
    const document = { fixed: texts.url !== undefined ? { url: fixedTexts.url } : pick(fixedTexts), diagnostics: remaining.map(toJson) };
    io.stdout.write(JSON.stringify(document, null, 2) + '\n');
  } else {
    io.stdout.write(fixedOutput(fixedTexts, texts.url !== undefined) + '\n');
    io.stderr.write(renderDiagnostics(remaining, fixedTexts, { format: 'text', color: wantsColor(io, 'stderr') }));
  }
  return hasErrors(remaining);
}

function pick(texts: Partial<Record<DiagnosticSource, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(texts)) if (name !== 'url' && value !== undefined) out[name] = value;
  return out;
}

/** One text parameter prints bare (pipe-friendly); several print as `name: text` lines. */
function fixedOutput(texts: Partial<Record<DiagnosticSource, string>>, fromUrl: boolean): string {
  if (fromUrl) return texts.url ?? '';
  const entries = Object.entries(pick(texts));
  if (entries.length === 1) return entries[0]?.[1] ?? '';
  return entries.map(([name, value]) => `${name}: ${value}`).join('\n');
}

async function lintBatch(file: string, fix: boolean, io: CliIo): Promise<boolean> {
  const input = file === '-' ? io.stdin : await openFile(file);
  let problems = false;
  let lineNumber = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    const text = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    const { diagnostics } = parseFilter(text);
    const withSource: Diagnostic[] = diagnostics.map((d) => ({ ...d, source: 'filter' as const }));
    if (hasErrors(withSource)) problems = true;
    const record: Record<string, unknown> = { line: lineNumber, filter: text, diagnostics: withSource.map(toJson) };
    if (fix) record['fixed'] = fixToFixedPoint(text, (t) => parseFilter(t).diagnostics);
    if (!io.stdout.write(JSON.stringify(record) + '\n')) await new Promise((r) => io.stdout.once('drain', r));
  }
  return problems;
}

function openFile(file: string): Promise<Readable> {
  return new Promise((resolve, reject) => {
    const stream = createReadStream(file);
    stream.once('open', () => resolve(stream));
    stream.once('error', (error: NodeJS.ErrnoException) =>
      reject(new UsageError(`cannot read '${file}': ${error.code === 'ENOENT' ? 'no such file' : error.message}`, 'lint')),
    );
  });
}
