import type { Command } from 'commander';
import { LICENSE_USAGE_PATH, groupByNames, type CheckedQuery, type Query } from '@pcaq/core';
import { checkQuery } from '@pcaq/linter';
import { endpointBaseUrl, formatRequestUrl, printFilter, printGroupBy } from '@pcaq/printer';
import type { CliIo } from '../io.js';
import { addFormatOption, type FormatOf } from '../output-formats.js';
import { addOutputOptions, withOutput, type OutputOptionValues } from '../output-options.js';
import { addQueryOptions, readQueryOptions, readStdinOptions, type QueryOptionValues } from '../query-options.js';
import { reportQueryDiagnostics } from '../query-report.js';
import { shownDiagnostics, toJson } from '../render-diagnostics.js';

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
  /v1/analytics/commercial/usage/license/?groupby=workloadCode&top=100
  $ pcaq url --url "https://example.com/usage/?filter=channel+eq+%27Reseller%27&top=5"
  https://example.com/usage/?filter=channel%20eq%20%27Reseller%27&top=5
  $ pcaq url --url "?top=5" --format json
  $ pcaq url --endpoint subscriptions --filter "contains(productName,'Office')" --top 10
  https://api.partnercenter.microsoft.com/partner/v1/analytics/subscriptions?filter=contains%28productName%2C%27Office%27%29&top=10

The query is linted first: with errors nothing is printed on standard output, the diagnostics go
to standard error and the exit status is 1; warnings go to standard error too. Filter and
group-by are printed canonically. The URL keeps the base (scheme, host, path) of --url unless
--base is given, and the parameters of --url that are not query parameters, as written. Without
either, the base is the canonical URL of --endpoint (default: the one --url's path names, else
license-usage); 'pcaq endpoints' lists them.`;

interface UrlOptions extends QueryOptionValues, OutputOptionValues {
  readonly base?: string;
  readonly format: FormatOf<'url'>;
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
    .option('--base <url>', `the URL or path the query string is appended to (default: the base of --url, else the endpoint's URL, ${DEFAULT_BASE_URL} for license-usage)`);
  addQueryOptions(command);
  addFormatOption(command, 'url');
  addOutputOptions(command, 'url');
  command.addHelpText('after', EXAMPLES).action((given: UrlOptions) =>
    withOutput(io, given, 'url', async (out) => {
      const options = await readStdinOptions(given, io, 'url');
      const { query, schema, texts, diagnostics: urlDiagnostics, base, unknownParameters } = readQueryOptions(options, 'url');
      const { checked, diagnostics: lint } = checkQuery(query, { schema });
      const diagnostics = [...urlDiagnostics, ...lint];
      reportQueryDiagnostics(diagnostics, texts, io, options);
      if (checked === undefined) return;
      const url = withParameters(formatRequestUrl(canonical(query, checked), options.base ?? base ?? endpointBaseUrl(schema)), unknownParameters);
      const shown = shownDiagnostics(diagnostics, options.quiet === true).map(toJson);
      out.write(options.format === 'json' ? JSON.stringify({ url, diagnostics: shown }, null, 2) + '\n' : url + '\n');
    }),
  );
}

/**
 * The query as given, printed canonically from the checked query (nothing is parsed again,
 * docs/architecture.md): the filter from its tree, the group-by fields each once (a field named
 * twice is a PCAQ0303 warning and is sent once), numbers as numbers. Defaults are not added: the
 * URL carries only what was asked for.
 */
function canonical(query: Query, checked: CheckedQuery): Query {
  const out: Record<string, unknown> = { ...query };
  if (checked.filter) out['filter'] = printFilter(checked.filter);
  if (query.groupby !== undefined) out['groupby'] = printGroupBy(groupByNames(checked));
  if (query.top !== undefined) out['top'] = checked.top;
  if (query.skip !== undefined) out['skip'] = checked.skip;
  return out as Query;
}

/** Parameters the service does not know (a warning each) are kept, after the known ones. */
function withParameters(url: string, extra: readonly string[]): string {
  if (extra.length === 0) return url;
  const hash = url.indexOf('#');
  const head = hash < 0 ? url : url.slice(0, hash);
  const separator = !head.includes('?') ? '?' : head.endsWith('?') || head.endsWith('&') ? '' : '&';
  return `${head}${separator}${extra.join('&')}${hash < 0 ? '' : url.slice(hash)}`;
}
