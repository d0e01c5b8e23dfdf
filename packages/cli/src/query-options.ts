import type { Command } from 'commander';
import type { Diagnostic, DiagnosticSource, Query } from '@pcaq/core';
import { decodeQuery } from '@pcaq/printer';
import { UsageError } from './usage-error.js';

/**
 * The query options as commander hands them over (all text, as typed).
 *
 * @example
 * ```ts
 * const options: QueryOptionValues = { filter: "workloadCode eq 'SFB'", top: '10' };
 * ```
 */
export interface QueryOptionValues {
  readonly filter?: string;
  readonly groupby?: string;
  readonly top?: string;
  readonly skip?: string;
  readonly processedDateTime?: string;
  readonly url?: string;
}

/**
 * A query read from the command line: the query, the text of each parameter (what diagnostic
 * offsets index; decoded text for `--url`), and the URL's own diagnostics.
 *
 * @example
 * ```ts
 * const { query, texts, diagnostics } = readQueryOptions({ url: '?filter=channel%20eq%20%27x%27' }, 'lint');
 * ```
 */
export interface CommandLineQuery {
  readonly query: Query;
  readonly texts: Partial<Record<DiagnosticSource, string>>;
  readonly diagnostics: readonly Diagnostic[];
  /** The part of `--url` before its query string, when one was given. */
  readonly base?: string;
}

const PARAMETER_OPTIONS = [
  ['filter', '--filter <text>', 'filter expression, e.g. "workloadCode eq \'SFB\'"'],
  ['groupby', '--groupby <fields>', 'comma-separated fields to group by, e.g. "customerTenantId,workloadCode"'],
  ['top', '--top <n>', 'rows per page, 1 to 10000 (default 10000)'],
  ['skip', '--skip <n>', 'rows to skip (default 0)'],
  ['processedDateTime', '--processed-date-time <date>', 'processed date, e.g. 2018-10-14 (default: the latest)'],
] as const;

/**
 * Adds `--filter --groupby --top --skip --processed-date-time --url` to a command.
 *
 * @example
 * ```ts
 * addQueryOptions(program.command('lint'));
 * ```
 */
export function addQueryOptions(command: Command): Command {
  for (const [, flags, description] of PARAMETER_OPTIONS) command.option(flags, description);
  return command.option('--url <url>', 'a whole request URL or query string (percent-encoded)');
}

/**
 * Builds the query from the options. `--url` and the parameter options combine; naming one
 * parameter both ways is a usage error.
 *
 * @throws UsageError when a parameter is given both in `--url` and as its own option.
 * @example
 * ```ts
 * readQueryOptions({ filter: "channel eq 'Reseller'", top: '5' }, 'lint').query; // { filter: "channel eq 'Reseller'", top: '5' }
 * ```
 */
export function readQueryOptions(options: QueryOptionValues, commandName: string): CommandLineQuery {
  const query: Record<string, unknown> = {};
  const texts: Partial<Record<DiagnosticSource, string>> = {};
  let diagnostics: readonly Diagnostic[] = [];
  let base: string | undefined;
  if (options.url !== undefined) {
    const decoded = decodeQuery(options.url);
    diagnostics = decoded.diagnostics;
    texts.url = options.url;
    base = baseOf(options.url);
    for (const [name, value] of Object.entries(decoded.query)) {
      query[name] = value;
      texts[name as DiagnosticSource] = String(value);
    }
  }
  for (const [name, flags] of PARAMETER_OPTIONS) {
    const value = options[name];
    if (value === undefined) continue;
    if (name in query) {
      throw new UsageError(`'${name}' is given both in --url and as ${flags.split(' ')[0]}`, commandName);
    }
    query[name] = value;
    texts[name] = value;
  }
  return { query: query as Query, texts, diagnostics, ...(base !== undefined ? { base } : {}) };
}

/**
 * Whether any query parameter or `--url` was given.
 *
 * @example
 * ```ts
 * hasQueryOptions({}); // false
 * ```
 */
export function hasQueryOptions(options: QueryOptionValues): boolean {
  return options.url !== undefined || PARAMETER_OPTIONS.some(([name]) => options[name] !== undefined);
}

/** The URL before its query string; undefined for a bare query string (`filter=...`). */
function baseOf(url: string): string | undefined {
  const question = url.indexOf('?');
  if (question !== -1) return question === 0 ? undefined : url.slice(0, question);
  const looksLikeQuery = url.includes('=') && !/^([a-z][a-z0-9+.-]*:|\/)/i.test(url);
  return looksLikeQuery || url === '' ? undefined : url.replace(/#.*$/, '');
}
