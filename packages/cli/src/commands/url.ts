import type { Command } from 'commander';
import { LICENSE_USAGE_PATH, hasErrors, type Query } from '@pcaq/core';
import { parseGroupBy, resolveQuery, type ResolvedQuery } from '@pcaq/linter';
import { formatRequestUrl, printFilter, printGroupBy } from '@pcaq/printer';
import { wantsColor, type CliIo } from '../io.js';
import { addQueryOptions, readQueryOptions, type QueryOptionValues } from '../query-options.js';
import { renderDiagnostics } from '../render-diagnostics.js';

/**
 * The public endpoint of the license usage API, the default `--base` of `pcaq url`.
 *
 * @example
 * ```ts
 * DEFAULT_BASE_URL; // 'https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license/'
 * ```
 */
export const DEFAULT_BASE_URL = `https://api.partnercenter.microsoft.com/partner${LICENSE_USAGE_PATH}`;

const EXAMPLES = `
Examples:
  $ pcaq url --filter "customerTenantId eq '0112A436-B14E-4888-967B-CA4BB2CF1234'"
  ${DEFAULT_BASE_URL}?filter=customerTenantId%20eq%20%270112A436-B14E-4888-967B-CA4BB2CF1234%27
  $ pcaq url --base /v1/analytics/commercial/usage/license/ --groupby workloadCode --top 100

The query is linted first: with errors nothing is printed on standard output, the diagnostics go
to standard error and the exit status is 1. Filter and group-by are printed canonically.`;

interface UrlOptions extends Omit<QueryOptionValues, 'url'> {
  readonly base: string;
}

/**
 * Registers `pcaq url`: the request URL of a query, canonical and percent-encoded byte-exactly.
 *
 * @example
 * ```ts
 * registerUrlCommand(program, processIo());
 * ```
 */
export function registerUrlCommand(program: Command, io: CliIo): void {
  const command = program
    .command('url')
    .description('print the encoded request URL of a query')
    .option('--base <url>', 'the URL or path the query string is appended to', DEFAULT_BASE_URL);
  addQueryOptions(command);
  command.addHelpText('after', EXAMPLES).action((options: UrlOptions) => {
    const { query, texts } = readQueryOptions(options, 'url');
    const { query: resolved, diagnostics } = resolveQuery(query);
    io.stderr.write(renderDiagnostics(diagnostics, texts, { format: 'text', color: wantsColor(io, 'stderr') }));
    if (hasErrors(diagnostics) || resolved === undefined) {
      io.setExitCode(1);
      return;
    }
    io.stdout.write(formatRequestUrl(canonical(query, resolved), options.base) + '\n');
  });
}

/**
 * The query as given, printed canonically: the filter from the tree linting already parsed, the
 * group-by list as written (duplicates kept: the warning says so), numbers as numbers. Defaults
 * are not added: the URL carries only what was asked for.
 */
function canonical(query: Query, resolved: ResolvedQuery): Query {
  const out: Record<string, unknown> = { ...query };
  if (resolved.filter) out['filter'] = printFilter(resolved.filter);
  if (query.groupby !== undefined) out['groupby'] = printGroupBy(parseGroupBy(query.groupby).fields);
  if (query.top !== undefined) out['top'] = resolved.top;
  if (query.skip !== undefined) out['skip'] = resolved.skip;
  return out as Query;
}
