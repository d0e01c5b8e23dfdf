import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Query } from '@pcaq/core';
import { checkQuery } from '@pcaq/linter';
import { decodeQuery } from '@pcaq/printer';
import type { ServedEndpoint } from './endpoints.js';
import { matchesEndpoint } from './endpoints.js';
import { errorBody, throttlingBody } from './error-bodies.js';
import type { FaultDecision, FaultSchedule } from './fault-schedule.js';
import { envelopeJson } from './json-body.js';
import type { RowStore } from './row-store.js';

/**
 * What the handler needs: the endpoint, the rows, and where a request's faults come from (the
 * server's plan, or the plan its `X-Pcaq-Faults` header names).
 *
 * @example
 * ```ts
 * import { RequestContext } from '@pcaq/serve';
 * declare const endpoint: ServedEndpoint;
 * declare const store: RowStore;
 * const schedule = createFaultSchedule(NO_FAULTS); // one plan for every request; X-Pcaq-Faults ignored
 * const context: RequestContext = { endpoint, store, maxUrlLength: 4096, schedules: () => schedule };
 * ```
 */
export interface RequestContext {
  readonly endpoint: ServedEndpoint;
  readonly store: RowStore;
  /** Request targets longer than this get `414`. */
  readonly maxUrlLength: number;
  /** The schedule for a request: from its header's text (`undefined` without one), or the problems in that text. */
  readonly schedules: (header: string | undefined) => FaultSchedule | { readonly problems: readonly unknown[] };
  /** Where an unexpected failure is reported (never to the client). */
  readonly log?: (line: string) => void;
}

/**
 * The request header that sets a request's faults, in the `--faults` syntax (docs/serve.md).
 *
 * @example
 * ```ts
 * declare const server: RunningServer;
 * const url = `${server.url}/v1/analytics/commercial/usage/license/?top=10`;
 * await fetch(url, { headers: { Authorization: 'Bearer x', [FAULTS_HEADER]: '500@first' } }); // answered 500
 * ```
 */
export const FAULTS_HEADER = 'X-Pcaq-Faults';

const JSON_TYPE = 'application/json; charset=utf-8';
const BOM = '\uFEFF';
const DEFAULT_TOP = 10000;

/**
 * Answers one request as the service would (docs/serve.md, "What is answered"): 414, 404, 405,
 * 401, then the request's faults, then 400 with the query's diagnostics or 200 with the envelope.
 * Never throws, never writes a stack trace: an unexpected failure is a `500` with the error body.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { RequestContext } from '@pcaq/serve';
 * declare const context: RequestContext;
 * createServer((request, response) => void handleRequest(request, response, context)).listen(8080, '127.0.0.1');
 * ```
 */
export async function handleRequest(request: IncomingMessage, response: ServerResponse, context: RequestContext): Promise<void> {
  const requestId = headerOf(request, 'ms-requestid') ?? randomUUID();
  const correlationId = headerOf(request, 'ms-correlationid') ?? randomUUID();
  response.setHeader('MS-RequestId', requestId);
  response.setHeader('MS-CorrelationId', correlationId);
  try {
    await answer(request, response, context);
  } catch (error) {
    context.log?.(`pcaq serve: request ${requestId} failed: ${error instanceof Error ? error.message : String(error)}`);
    if (!response.headersSent) sendJson(response, 500, errorBody(500, 'The request could not be answered; the server logged why.'), false);
    else response.destroy();
  }
}

async function answer(request: IncomingMessage, response: ServerResponse, context: RequestContext): Promise<void> {
  const target = request.url ?? '/';
  if (target.length > context.maxUrlLength) {
    return sendJson(response, 414, errorBody(414, `The request URL is ${target.length} characters long; the limit is ${context.maxUrlLength}.`), false);
  }
  const queryAt = target.indexOf('?');
  const path = queryAt < 0 ? target : target.slice(0, queryAt);
  if (!matchesEndpoint(context.endpoint, path)) {
    return sendJson(response, 404, errorBody(404, `No endpoint at ${JSON.stringify(path)}; this server answers ${context.endpoint.paths.map((known) => `${known}/`).join(' and ')}.`), false);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return sendJson(response, 405, errorBody(405, `The method ${request.method ?? ''} is not allowed; use GET.`), false);
  }
  if (!/^Bearer\s+\S+/i.test(headerOf(request, 'authorization') ?? '')) {
    response.setHeader('WWW-Authenticate', 'Bearer');
    return sendJson(response, 401, errorBody(401, 'Authorization: Bearer <token> is required (any token is accepted).'), false);
  }
  const schedule = context.schedules(headerOf(request, FAULTS_HEADER.toLowerCase()));
  if ('problems' in schedule) {
    return sendJson(response, 400, errorBody(400, `The ${FAULTS_HEADER} header is not a fault plan.`, schedule.problems), false);
  }
  const decoded = decodeQuery(queryAt < 0 ? '' : target.slice(queryAt));
  const faults = schedule.decide({ key: target, page: pageOf(decoded.query) });
  if (faults.latencyMs > 0) await sleep(faults.latencyMs);
  if (faults.status !== undefined) return sendFault(response, faults);

  // The URL is decoded and checked once here; the store takes the checked query (docs/architecture.md, "The checked query").
  const decodeErrors = decoded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const check = decodeErrors.length > 0 ? { checked: undefined, diagnostics: [] } : checkQuery(decoded.query, { schema: context.endpoint.schema });
  const outcome = check.checked === undefined ? { ok: false as const, diagnostics: check.diagnostics } : await context.store.page(check.checked, path, faults.licenseActive);
  if (!outcome.ok) {
    const errors = outcome.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length + decodeErrors.length;
    const data = decodeErrors.length > 0 ? decoded.diagnostics : [...decoded.diagnostics, ...check.diagnostics, ...(check.checked === undefined ? [] : outcome.diagnostics)];
    return sendJson(response, 400, errorBody(400, `The query has ${errors} error${errors === 1 ? '' : 's'}; see data.`, data), faults.bom);
  }
  const body = envelopeJson(outcome.rowsJson, outcome.nextLink, outcome.totalCount);
  const bytes = Buffer.from(faults.bom ? BOM + body : body, 'utf8');
  response.writeHead(200, { 'Content-Type': JSON_TYPE, 'Content-Length': bytes.length });
  if (request.method === 'HEAD') return void response.end();
  if (faults.reset) return resetMidBody(response, bytes);
  response.end(bytes);
}

/** The page a request asks for (1-based): `skip / top + 1`, with the service's defaults for what is missing or unreadable. */
function pageOf(query: Query): number {
  const top = typeof query.top === 'number' && query.top >= 1 ? query.top : DEFAULT_TOP;
  const skip = typeof query.skip === 'number' && query.skip >= 0 ? query.skip : 0;
  return Math.floor(skip / top) + 1;
}

function sendFault(response: ServerResponse, faults: FaultDecision): void {
  const retry = faults.retryAfter;
  if (retry !== undefined) {
    response.setHeader('Retry-After', retry.form === 'date' ? new Date(Date.now() + retry.seconds * 1000).toUTCString() : String(retry.seconds));
  }
  switch (faults.status) {
    case '429':
      return sendJson(response, 429, throttlingBody(retry?.seconds ?? 1), faults.bom);
    case '503':
      return sendJson(response, 503, errorBody(503, 'The service is unavailable (an injected fault); retry after the time Retry-After gives.'), faults.bom);
    case '204':
      response.writeHead(204);
      return void response.end();
    default:
      return sendJson(response, 500, errorBody(500, 'An internal error occurred (an injected fault).'), faults.bom);
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown, bom: boolean): void {
  const text = JSON.stringify(body);
  const bytes = Buffer.from(bom ? BOM + text : text, 'utf8');
  response.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': bytes.length });
  response.end(bytes);
}

/**
 * Sends the headers and half of the body, then resets the connection (TCP RST where the platform
 * allows): the client has a status 200, a `Content-Length`, and a body that stops short.
 */
function resetMidBody(response: ServerResponse, bytes: Buffer): void {
  response.flushHeaders();
  response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => {
    const socket = response.socket;
    if (socket && typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
    else socket?.destroy();
  });
}

function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text === '' ? undefined : text;
}
