import type { Command } from 'commander';
import { EngineError } from '@pcaq/engines';
import { RowReadError } from '@pcaq/readers';
import { DEFAULT_ENDPOINT, ENDPOINTS, NO_FAULTS, parseFaults, startServer, UnknownEndpointError, type FaultPlan, type RunningServer } from '@pcaq/serve';
import { checkInputFile } from '../input-files.js';
import type { CliIo } from '../io.js';
import { choice } from '../option-choice.js';
import { ProblemsReported, UsageError } from '../usage-error.js';

interface ServeCommandOptions {
  readonly endpoint: string;
  readonly port: string;
  readonly host: string;
  readonly faults?: string;
  readonly engine: 'auto' | 'js' | 'duckdb';
  readonly caseSensitive?: boolean;
  readonly memoryLimit?: string;
}

const DEFAULT_PORT = 8080;
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

const EXAMPLES = `
Examples:
  $ pcaq serve usage.csv
  $ pcaq serve usage.json --port 0 --faults "seed=7,429@first,204:date:1@page=2*1,bom"
  $ pcaq serve usage-2026.parquet --engine duckdb --memory-limit 512MB
  $ curl -H "Authorization: Bearer x" "http://127.0.0.1:8080/v1/analytics/commercial/usage/license/?top=2"

The first line on standard output is the endpoint's URL. Any bearer token is accepted; without
one a request gets 401. The X-Pcaq-Faults request header sets one request's faults in the
--faults syntax (docs/serve.md). Ctrl-C (SIGINT) or SIGTERM stops the server.

Exit status: 0 stopped by a signal, 1 the files cannot be read as rows, 2 usage error.`;

/**
 * Registers `pcaq serve`: loads the files once and answers the endpoint over HTTP as the service
 * would, with optional faults, until SIGINT or SIGTERM (docs/serve.md).
 *
 * @example
 * ```ts
 * registerServeCommand(program, processIo());
 * ```
 */
export function registerServeCommand(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve the endpoint over HTTP from exported rows, with the service\'s semantics and optional faults')
    .argument('<files...>', 'rows: .json, .ndjson/.jsonl, .csv or .parquet, served as one data set in the order given')
    .option('--endpoint <name>', `the endpoint to serve: ${Object.keys(ENDPOINTS).join(', ')}`, DEFAULT_ENDPOINT)
    .option('--port <n>', 'the port (0: a free one)', String(DEFAULT_PORT))
    .option('--host <address>', 'the address to listen on (loopback unless you say otherwise)', '127.0.0.1')
    .option('--faults <plan>', "faults for every request, e.g. 'all' or 'seed=7,429@first,500@page=3*1' (docs/serve.md)")
    .option('--engine <engine>', 'auto, js or duckdb (auto: DuckDB for Parquet or files over 256 MiB)', choice('--engine', ['auto', 'js', 'duckdb'], 'serve'), 'auto')
    .option('--case-sensitive', 'compare text exactly (GUIDs still ignore case)')
    .option('--memory-limit <size>', "DuckDB's memory limit when it holds the rows (default 1GB)")
    .addHelpText('after', EXAMPLES)
    .action((files: string[], options: ServeCommandOptions) => serve(files, options, io));
}

async function serve(files: readonly string[], options: ServeCommandOptions, io: CliIo): Promise<void> {
  if (!Object.hasOwn(ENDPOINTS, options.endpoint)) throw new UsageError(new UnknownEndpointError(options.endpoint).message, 'serve');
  const port = portOf(options.port);
  const faults = faultsOf(options.faults);
  for (const file of files) await checkInputFile(file, 'serve', 'file of rows');
  const server = await startServer({
    files,
    endpoint: options.endpoint,
    port,
    host: options.host,
    faults,
    engine: options.engine,
    caseSensitive: options.caseSensitive === true,
    ...(options.memoryLimit === undefined ? {} : { memoryLimit: options.memoryLimit }),
    log: (line) => io.stderr.write(`${line}\n`),
  }).catch((error: unknown) => {
    if (error instanceof RowReadError || error instanceof EngineError) {
      io.stderr.write(`pcaq: ${error.message}\n`);
      throw new ProblemsReported({ kind: 'data', message: error.message });
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new UsageError(`cannot listen on ${options.host}:${port} (${code})`, 'serve');
    }
    throw error;
  });
  const path = (ENDPOINTS[options.endpoint]?.paths[0] ?? '') + '/';
  io.stdout.write(`${server.url}${path}\n`);
  io.stderr.write(`pcaq serve: ${server.rowCount} rows (${server.engine}), ${faults === NO_FAULTS ? 'no faults' : `faults: ${options.faults ?? ''}`}; Ctrl-C stops\n`);
  if (!LOOPBACK.has(options.host)) io.stderr.write(`pcaq serve: warning: listening on ${options.host}, not only on loopback; anyone who can reach it can read the rows\n`);
  await untilSignal(server);
}

function portOf(text: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not '${text}'`, 'serve');
  return Number(text);
}

function faultsOf(text: string | undefined): FaultPlan {
  if (text === undefined) return NO_FAULTS;
  const parsed = parseFaults(text);
  if (parsed.ok) return parsed.plan;
  const first = parsed.problems[0];
  throw new UsageError(`--faults: ${first?.message ?? 'not a fault plan'} (at character ${(first?.start ?? 0) + 1})`, 'serve');
}

function untilSignal(server: RunningServer): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
