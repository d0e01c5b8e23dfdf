import type { Command } from 'commander';
import { ENDPOINTS } from '@pcaq/client';
import type { CliIo } from '../io.js';
import { choice } from '../option-choice.js';

/** The options of `pcaq serve`, as commander gives them. */
export interface ServeCommandOptions {
  readonly endpoint: string;
  readonly port: string;
  readonly host: string;
  readonly faults?: string;
  readonly engine: 'auto' | 'js' | 'duckdb';
  readonly caseSensitive?: boolean;
  readonly memoryLimit?: string;
}

const DEFAULT_PORT = 8080;

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
    .option('--endpoint <name>', `the endpoint to serve: ${Object.keys(ENDPOINTS).join(', ')}`, 'license-usage')
    .option('--port <n>', 'the port (0: a free one)', String(DEFAULT_PORT))
    .option('--host <address>', 'the address to listen on (loopback unless you say otherwise)', '127.0.0.1')
    .option('--faults <plan>', "faults for every request, e.g. 'all' or 'seed=7,429@first,500@page=3*1' (docs/serve.md)")
    .option('--engine <engine>', 'auto, js or duckdb (auto: DuckDB for Parquet or files over 256 MiB)', choice('--engine', ['auto', 'js', 'duckdb'], 'serve'), 'auto')
    .option('--case-sensitive', 'compare text exactly (GUIDs still ignore case)')
    .option('--memory-limit <size>', "DuckDB's memory limit when it holds the rows (default 1GB)")
    .addHelpText('after', EXAMPLES)
    // The server, its engines and DuckDB load only when it runs (`pcaq --help` lists every command).
    .action(async (files: string[], options: ServeCommandOptions) => (await import('./serve-action.js')).serve(files, options, io));
}
