import { EngineError } from '@pcaq/engines';
import { RowReadError } from '@pcaq/readers';
import { ENDPOINTS, NO_FAULTS, parseFaults, startServer, UnknownEndpointError, type FaultPlan, type RunningServer } from '@pcaq/serve';
import { checkInputFile } from '../input-files.js';
import type { CliIo } from '../io.js';
import { ProblemsReported, UsageError } from '../usage-error.js';
import type { ServeCommandOptions } from './serve.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Runs `pcaq serve` (docs/serve.md): loads the files once and answers until SIGINT or SIGTERM. In a
 * module of its own, loaded by the command's action only, so the server, the engines and DuckDB
 * cost nothing to a command line that does not serve.
 *
 * @example
 * ```ts
 * await serve(['usage.csv'], { endpoint: 'license-usage', port: '0', host: '127.0.0.1', engine: 'auto' }, processIo());
 * ```
 */
export async function serve(files: readonly string[], options: ServeCommandOptions, io: CliIo): Promise<void> {
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
