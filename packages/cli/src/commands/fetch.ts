import { Option, type Command } from 'commander';
import { InvalidArgumentError } from '@pcaq/core';
import { createClient, DEFAULT_RETRY_POLICY, ENDPOINTS, PcaqClientError, type Client, type EndpointName, type Progress } from '@pcaq/client';
import { BufferedOutput } from '../eval/buffered-output.js';
import { startProgress } from '../eval/progress.js';
import { createRowWriter } from '../eval/row-writers.js';
import type { CliIo } from '../io.js';
import { choice } from '../option-choice.js';
import { addFormatOption, type FormatOf } from '../output-formats.js';
import { addOutputOptions, withOutput, type OutputOptionValues } from '../output-options.js';
import type { OutputTarget } from '../output-target.js';
import { addQueryOptions, readQueryOptions, readStdinOptions, type QueryOptionValues } from '../query-options.js';
import { reportQueryDiagnostics } from '../query-report.js';
import { ProblemsReported, UsageError } from '../usage-error.js';

interface FetchOptions extends QueryOptionValues, OutputOptionValues {
  readonly endpoint: EndpointName;
  readonly baseUrl?: string;
  readonly tokenEnv?: string;
  readonly format: FormatOf<'fetch'>;
  readonly maxRetries: number;
}

const EXAMPLES = `
Examples:
  $ export PC_TOKEN=...   # the bearer token, never a flag: flags show in process lists
  $ pcaq fetch --base-url https://api.partnercenter.microsoft.com/partner --token-env PC_TOKEN -o usage.ndjson
  $ pcaq fetch --base-url http://127.0.0.1:8080 --token-env PC_TOKEN --filter "channel eq 'Reseller'" --top 1000 --format csv -o reseller.csv
  $ pcaq fetch --base-url http://127.0.0.1:8080 --token-env PC_TOKEN --url "?groupby=workloadCode&top=500" --format json

Every page is fetched (following @nextLink), with retries on throttling and failures; the output is
written only when the last page has come: a failed export leaves standard output (or -o FILE) empty.

Exit status: 0 fetched, 1 query errors or the service refused or failed, 2 usage error.`;

/**
 * Registers `pcaq fetch`: exports every page of a query from the service (or `pcaq serve`) through
 * `@pcaq/client`, the token read from the environment variable `--token-env` names, the output
 * written whole or not at all (docs/client.md, "pcaq fetch").
 *
 * @example
 * ```ts
 * registerFetchCommand(program, processIo());
 * ```
 */
export function registerFetchCommand(program: Command, io: CliIo): void {
  const endpoints = Object.keys(ENDPOINTS) as EndpointName[];
  const command = program
    .command('fetch')
    .description('export every page of a query from the service or pcaq serve, with retries')
    .option('--endpoint <name>', endpoints.join(', '), choice('--endpoint', endpoints, 'fetch'), 'license-usage')
    .option('--base-url <url>', 'the service root, e.g. https://api.partnercenter.microsoft.com/partner')
    .option('--token-env <var>', 'the environment variable that holds the bearer token')
    .option('--max-retries <n>', 'retries of one page before giving up (default 6)', retries, DEFAULT_RETRY_POLICY.maxRetriesPerRequest)
    .addOption(new Option('--token <token>').hideHelp().argParser(() => {
      throw new UsageError('the token is never taken as a flag (flags show in process lists): put it in an environment variable and name it with --token-env', 'fetch');
    }));
  addQueryOptions(command);
  addFormatOption(command, 'fetch');
  addOutputOptions(command, 'fetch').addHelpText('after', EXAMPLES);
  command.action((raw: FetchOptions) => withOutput(io, raw, 'fetch', (target) => fetchToOutput(raw, io, target)));
}

async function fetchToOutput(raw: FetchOptions, io: CliIo, target: OutputTarget): Promise<void> {
  const client = clientFor(raw, io);
  const options = await readStdinOptions(raw, io, 'fetch');
  const given = readQueryOptions(options, 'fetch');
  if (given.base !== undefined) {
    throw new UsageError(`--url gives '${given.base}'; pcaq fetch takes the service root from --base-url and only the query string from --url`, 'fetch');
  }
  let progress: Progress | undefined;
  const rows = client.query(options.endpoint, given.query, { onProgress: (p) => void (progress = p) });
  reportQueryDiagnostics([...given.diagnostics, ...rows.diagnostics], given.texts, io, options);
  const out = new BufferedOutput(target);
  const writer = createRowWriter(options.format, out, undefined);
  const stopProgress = startProgress(io.stderr, io.stderrIsTty, () => ({ rows: progress?.rows ?? 0, bytes: progress?.bytes ?? 0 }));
  let count = 0;
  try {
    for await (const row of rows) {
      writer.row(row);
      count++;
    }
  } catch (error) {
    if (!(error instanceof PcaqClientError)) throw error;
    io.stderr.write(`pcaq: ${error.message}\n`);
    throw new ProblemsReported({ kind: 'data', message: error.message });
  } finally {
    stopProgress();
  }
  writer.end({ totalCount: count, nextLink: null });
  out.flush();
  if (options.quiet !== true && io.stderrIsTty) io.stderr.write(`pcaq: ${count.toLocaleString('en-US')} rows in ${progress?.pages ?? 0} pages, ${progress?.retries ?? 0} retries\n`);
}

function clientFor(options: FetchOptions, io: CliIo): Client {
  if (options.baseUrl === undefined) throw new UsageError('--base-url is required: the service root, e.g. https://api.partnercenter.microsoft.com/partner', 'fetch');
  if (options.tokenEnv === undefined) throw new UsageError('--token-env is required: the name of the environment variable that holds the bearer token', 'fetch');
  const token = io.env[options.tokenEnv];
  if (token === undefined || token.trim() === '') throw new UsageError(`the environment variable ${options.tokenEnv} (--token-env) is not set or empty`, 'fetch');
  try {
    return createClient({ baseUrl: options.baseUrl, token: token.trim(), retry: { maxRetriesPerRequest: options.maxRetries } });
  } catch (error) {
    if (!(error instanceof InvalidArgumentError)) throw error;
    throw new UsageError(`--base-url '${options.baseUrl}' is not an http or https URL without a query or fragment`, 'fetch');
  }
}

function retries(value: string): number {
  if (/^[0-9]{1,3}$/.test(value)) return Number(value);
  throw new UsageError(`--max-retries takes a whole number from 0 to 999, not '${value}'`, 'fetch');
}
