import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_ENDPOINT, ENDPOINTS } from './endpoints.js';
import { createFaultSchedule, type FaultSchedule } from './fault-schedule.js';
import { NO_FAULTS, parseFaults, type FaultPlan } from './faults.js';
import { handleRequest } from './handle-request.js';
import { openRowStore } from './open-row-store.js';
import type { EngineChoice } from './row-store.js';

/**
 * Options of {@link startServer}.
 *
 * @example
 * ```ts
 * const parsed = parseFaults('all');
 * if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
 * const options: ServeOptions = { files: ['rows.json'], port: 0, host: '127.0.0.1', faults: parsed.plan };
 * ```
 */
export interface ServeOptions {
  /** The files of rows (JSON, NDJSON, CSV, Parquet), loaded once, in order. */
  readonly files: readonly string[];
  /** The endpoint to serve; default `license-usage` (the only one today). */
  readonly endpoint?: string;
  /** The port; 0 (the default) picks a free one. */
  readonly port?: number;
  /** The address to listen on; default `127.0.0.1` (loopback only). */
  readonly host?: string;
  /** Faults for every request without an `X-Pcaq-Faults` header; default none. */
  readonly faults?: FaultPlan;
  /** Which engine holds the rows; default `auto` (docs/serve.md, "Data and engines"). */
  readonly engine?: EngineChoice;
  /** Compare text exactly (GUIDs still ignore case). */
  readonly caseSensitive?: boolean;
  /** Request targets longer than this get `414`; default 4,096 characters. */
  readonly maxUrlLength?: number;
  /** DuckDB's memory limit when DuckDB holds the rows; default `1GB`. */
  readonly memoryLimit?: string;
  /** Where unexpected failures are reported; default nowhere. */
  readonly log?: (line: string) => void;
}

/**
 * A running server.
 *
 * @example
 * ```ts
 * const server: RunningServer = await startServer({ files: ['rows.json'] });
 * console.log(server.url, server.engine, server.rowCount);
 * await server.close();
 * ```
 */
export interface RunningServer {
  /** `http://HOST:PORT`, without a trailing slash. */
  readonly url: string;
  readonly port: number;
  readonly engine: 'js' | 'duckdb';
  readonly rowCount: number;
  /** Stops listening, ends open connections and releases the rows. */
  close(): Promise<void>;
}

/** How many distinct `X-Pcaq-Faults` plans are remembered at once (each with its own counts). */
const REMEMBERED_PLANS = 64;
const DEFAULT_MAX_URL = 4096;

/**
 * Loads the files once and serves the endpoint over HTTP with the service's envelope, errors,
 * headers and path forms, and the faults of `options.faults` (docs/serve.md).
 *
 * @throws UnknownEndpointError for an endpoint name not in `ENDPOINTS`; RowReadError or
 *   EngineError for files that cannot be read; the listen error (`EADDRINUSE`, ...) otherwise.
 * @example
 * ```ts
 * const parsed = parseFaults('429@first');
 * if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
 * const server = await startServer({ files: ['rows.json'], port: 0, host: '127.0.0.1', faults: parsed.plan });
 * const response = await fetch(`${server.url}/v1/analytics/commercial/usage/license/?top=10`, { headers: { Authorization: 'Bearer x' } });
 * await server.close();
 * ```
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const name = options.endpoint ?? DEFAULT_ENDPOINT;
  const endpoint = ENDPOINTS[name];
  if (endpoint === undefined) throw new UnknownEndpointError(name);
  const store = await openRowStore(options.files, {
    ...(options.engine === undefined ? {} : { engine: options.engine }),
    ...(options.caseSensitive === undefined ? {} : { caseSensitive: options.caseSensitive }),
    ...(options.memoryLimit === undefined ? {} : { memoryLimit: options.memoryLimit }),
    schema: endpoint.schema,
  });
  const serverSchedule = createFaultSchedule(options.faults ?? NO_FAULTS);
  const headerSchedules = new Map<string, FaultSchedule>();
  const schedules = (header: string | undefined): FaultSchedule | { readonly problems: readonly unknown[] } => {
    if (header === undefined) return serverSchedule;
    const known = headerSchedules.get(header);
    if (known !== undefined) return known;
    const parsed = parseFaults(header);
    if (!parsed.ok) return { problems: parsed.problems };
    if (headerSchedules.size >= REMEMBERED_PLANS) headerSchedules.delete(headerSchedules.keys().next().value as string);
    const schedule = createFaultSchedule(parsed.plan);
    headerSchedules.set(header, schedule);
    return schedule;
  };
  const context = {
    endpoint,
    store,
    maxUrlLength: options.maxUrlLength ?? DEFAULT_MAX_URL,
    schedules,
    ...(options.log === undefined ? {} : { log: options.log }),
  };
  // Node's own limit on the request line and headers is 16 KiB; raised so that a long URL gets the
  // service's 414 from us rather than a bare 431 from the parser.
  const server = createServer({ maxHeaderSize: 64 * 1024 }, (request, response) => void handleRequest(request, response, context));
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  try {
    await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  } catch (error) {
    await store.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    engine: store.engine,
    rowCount: store.rowCount,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => store.close());
      return closed;
    },
  };
}

/**
 * An endpoint name that is not in `ENDPOINTS`; its message names the known ones.
 *
 * @example
 * ```ts
 * new UnknownEndpointError('revenue').message; // "unknown endpoint 'revenue'; the endpoints are: license-usage"
 * ```
 */
export class UnknownEndpointError extends Error {
  override readonly name = 'UnknownEndpointError';
  constructor(readonly endpoint: string) {
    super(`unknown endpoint '${endpoint}'; the endpoints are: ${Object.keys(ENDPOINTS).join(', ')}`);
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
