import type { Command } from 'commander';
import { ENDPOINT_IDS, ENDPOINT_SCHEMAS, didYouMean, isEndpointId, similarNames, truncateText, type Diagnostic, type DiagnosticSource, type EndpointId, type EndpointSchema, type Query } from '@pcaq/core';
import { DEFAULT_ENDPOINT, decodeQuery, locateQuery, urlEndpoint } from '@pcaq/printer';
import { readAll, type CliIo } from './io.js';
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
  readonly orderby?: string;
  readonly aggregationLevel?: string;
  readonly url?: string;
  /** `--endpoint NAME`: the endpoint whose schema checks the query (docs/endpoints.md). */
  readonly endpoint?: string;
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
  /** The endpoint's schema: `--endpoint`, else the one `--url`'s path names, else licence usage. */
  readonly schema: EndpointSchema;
  readonly texts: Partial<Record<DiagnosticSource, string>>;
  readonly diagnostics: readonly Diagnostic[];
  /** The part of `--url` before its query string (and its `#fragment`), when one was given. */
  readonly base?: string;
  /** The parameters of `--url` that are not query parameters (`api-version=2`), as written. */
  readonly unknownParameters: readonly string[];
}

const PARAMETER_OPTIONS = [
  ['filter', '--filter <text>', 'filter expression, e.g. "workloadCode eq \'SFB\'"'],
  ['groupby', '--groupby <fields>', 'comma-separated fields to group by, e.g. "customerTenantId,workloadCode"'],
  ['top', '--top <n>', 'rows per page, 1 to 10000 (default 10000)'],
  ['skip', '--skip <n>', 'rows to skip (default 0)'],
  ['processedDateTime', '--processed-date-time <date>', 'processed date, e.g. 2018-10-14 (default: the latest)'],
  ['orderby', '--orderby <keys>', 'sort keys, e.g. "usageDate desc,customerName" (endpoints that take orderby)'],
  ['aggregationLevel', '--aggregation-level <level>', 'day, week or month: how a grouped date is bucketed (endpoints that take it)'],
] as const;

/**
 * Adds `--filter --groupby --top --skip --processed-date-time --orderby --aggregation-level --url --endpoint` to a command.
 *
 * @example
 * ```ts
 * import { Command } from 'commander';
 * const program = new Command();
 * addQueryOptions(program.command('lint'));
 * ```
 */
export function addQueryOptions(command: Command): Command {
  for (const [, flags, description] of PARAMETER_OPTIONS) command.option(flags, description);
  command.option('--url <url>', "a whole request URL or query string (percent-encoded; '-' reads standard input)");
  // `pcaq fetch` has its own --endpoint, limited to the endpoints its client can fetch.
  if (command.options.some((option) => option.long === '--endpoint')) return command;
  return command.option('--endpoint <name>', `the endpoint the query is for: ${ENDPOINT_IDS.join(', ')} (default: the one --url's path names, else ${DEFAULT_ENDPOINT})`);
}

/**
 * The schema of `--endpoint NAME` for a command that reads no URL (`fmt`):
 * that endpoint's, else licence usage's (docs/endpoints.md, "Which endpoint a URL is for").
 *
 * @throws UsageError when NAME is no endpoint.
 * @example
 * ```ts
 * endpointOrDefault('subscriptions', 'fmt').name; // the subscriptions schema's name
 * ```
 */
export function endpointOrDefault(name: string | undefined, commandName: string): EndpointSchema {
  return ENDPOINT_SCHEMAS[endpointOption(name, commandName) ?? DEFAULT_ENDPOINT];
}

/**
 * The endpoint `--endpoint NAME` names, or `undefined` when the option was not given.
 *
 * @throws UsageError when NAME is no endpoint; the message names the nearest and every known one.
 * @example
 * ```ts
 * endpointOption('subscriptions', 'lint'); // 'subscriptions'
 * endpointOption('subscription', 'lint');  // throws: unknown endpoint 'subscription'. Did you mean 'subscriptions'? ...
 * ```
 */
export function endpointOption(name: string | undefined, commandName: string): EndpointId | undefined {
  if (name === undefined || isEndpointId(name)) return name;
  const hint = didYouMean(similarNames(name, ENDPOINT_IDS));
  throw new UsageError(`unknown endpoint '${truncateText(name, 64)}'.${hint} The endpoints are: ${ENDPOINT_IDS.join(', ')}`, commandName);
}

/**
 * Builds the query from the options. `--url` and the parameter options combine; naming one
 * parameter both ways is a usage error.
 *
 * The endpoint is `--endpoint`, else the one `--url`'s path names, else licence usage; a path of
 * no endpoint (PCAQ0412) or of another endpoint than `--endpoint` (PCAQ0413) is among the URL's
 * diagnostics (docs/endpoints.md, "Which endpoint a URL is for").
 *
 * @throws UsageError when a parameter is given both in `--url` and as its own option, or `--endpoint` names no endpoint.
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
  const unknownParameters: string[] = [];
  const given = endpointOption(options.endpoint, commandName);
  let schema: EndpointSchema = ENDPOINT_SCHEMAS[given ?? DEFAULT_ENDPOINT];
  if (options.url !== undefined) {
    const decoded = decodeQuery(options.url);
    const endpoint = urlEndpoint(options.url, given !== undefined ? { endpoint: given } : {});
    schema = endpoint.schema;
    diagnostics = [...endpoint.diagnostics, ...decoded.diagnostics];
    texts.url = options.url;
    base = baseOf(options.url);
    for (const p of decoded.parameters) {
      if (p.parameter === undefined) unknownParameters.push(options.url.slice(p.nameSpan.start, p.valueSpan.end));
    }
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
  return { query: query as Query, schema, texts, diagnostics, unknownParameters, ...(base !== undefined ? { base } : {}) };
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

const REQUEST_LINE = /^GET[ \t]+(\S+)[ \t]+HTTP[/ ]\d(?:\.\d)?[ \t]*$/;

/** The URL without its query string (its fragment kept); undefined for a bare query string (`filter=...`). */
function baseOf(url: string): string | undefined {
  const target = REQUEST_LINE.exec(url)?.[1] ?? url;
  const where = locateQuery(target);
  const head = target.slice(0, where.start).replace(/\?$/, '');
  return head === '' ? undefined : head + target.slice(where.end);
}

const STDIN_OPTIONS = [
  ['filter', '--filter'],
  ['groupby', '--groupby'],
  ['url', '--url'],
] as const;

/**
 * Reads standard input for the one of `--filter -`, `--groupby -` and `--url -` that was given
 * as `-` (a final line break and a byte-order mark are dropped). Standard input can be read once:
 * two of them as `-`, or one while the command reads its data from standard input, is a usage error.
 *
 * @throws UsageError when standard input is asked for twice.
 * @example
 * ```ts
 * const options = await readStdinOptions({ filter: '-' }, io, 'lint'); // { filter: "channel eq 'x'" } from `echo "channel eq 'x'" | pcaq lint --filter -`
 * ```
 */
export async function readStdinOptions<T extends QueryOptionValues>(options: T, io: CliIo, commandName: string, stdinTakenBy?: string): Promise<T> {
  const dashed = STDIN_OPTIONS.filter(([name]) => options[name] === '-');
  if (dashed.length === 0) return options;
  const users = [...dashed.map(([, flag]) => `${flag} -`), ...(stdinTakenBy !== undefined ? [stdinTakenBy] : [])];
  if (users.length > 1) throw new UsageError(`standard input can be read once: ${users.join(' and ')} both ask for it`, commandName);
  const text = (await readAll(io.stdin)).replace(/^\uFEFF/, '').replace(/\r?\n$/, '');
  return { ...options, [dashed[0]![0]]: text };
}
