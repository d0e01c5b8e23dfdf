import type { Diagnostic } from '@pcaq/core';

/**
 * Where a failed call was: the URL of the request and the ids it was sent with (the ids the
 * service's support asks for; docs/client.md, "Request ids").
 *
 * @example
 * ```ts
 * const where: RequestContext = { url: 'https://api.example/v1/analytics/commercial/usage/license/?top=10', requestId: 'r', correlationId: 'c', attempts: 1 };
 * ```
 */
export interface RequestContext {
  readonly url: string;
  /** `MS-RequestId` sent (the same on every attempt of one page). */
  readonly requestId: string;
  /** `MS-CorrelationId` of the last attempt. */
  readonly correlationId: string;
  /** How many times the page was asked for. */
  readonly attempts: number;
}

/**
 * The base of every error the client throws; `instanceof` tells them apart.
 *
 * @example
 * ```ts
 * declare const client: Client;
 * declare const q: Query;
 * declare function use(row: ClientRow): void;
 * try { for await (const row of client.query('license-usage', q)) use(row); }
 * catch (error) { if (error instanceof PcaqClientError) console.error(error.message, error.context?.requestId); }
 * ```
 */
export class PcaqClientError extends Error {
  /** The request that failed; undefined when nothing was sent. */
  readonly context: RequestContext | undefined;

  constructor(message: string, context?: RequestContext, options?: { cause?: unknown }) {
    super(context === undefined ? message : `${message} (MS-RequestId ${context.requestId}, MS-CorrelationId ${context.correlationId}, ${context.attempts} attempt${context.attempts === 1 ? '' : 's'})`, options);
    this.name = 'PcaqClientError';
    this.context = context;
  }
}

/**
 * The query has errors, so it was never sent: the linter's diagnostics, each with its `source`.
 *
 * @example
 * ```ts
 * declare const rows: QueryRows;
 * try { for await (const row of rows) console.log(row); }
 * catch (error) { if (error instanceof InvalidQueryError) console.error(error.diagnostics.map((d) => d.code)); }
 * ```
 */
export class InvalidQueryError extends PcaqClientError {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(`the query has ${errors.length} error${errors.length === 1 ? '' : 's'} and was not sent: ${errors.map((d) => `${d.source ?? 'query'}: ${d.code} ${d.message}`).join('; ')}`);
    this.name = 'InvalidQueryError';
    this.diagnostics = diagnostics;
  }
}

/**
 * The service answered with an error status (a `400` with its error body, `401`, `404`, ...), or
 * kept answering a retryable one until the retries ran out. `body` is the parsed JSON body when
 * there was one: `{ code, description, data, source }` for the documented error body,
 * `{ statusCode, message }` for throttling; `text` is the body as received.
 *
 * @example
 * ```ts
 * declare const rows: QueryRows;
 * try { for await (const row of rows) console.log(row); }
 * catch (error) { if (error instanceof ServiceError && error.status === 400) console.error(error.body?.['description']); }
 * ```
 */
export class ServiceError extends PcaqClientError {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>> | undefined;
  readonly text: string;
  /** The `Retry-After` of the last answer, in milliseconds, when it gave one. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, status: number, text: string, context: RequestContext, retryAfterMs?: number) {
    super(message, context);
    this.name = 'ServiceError';
    this.status = status;
    this.text = text;
    this.body = parseObject(text);
    this.retryAfterMs = retryAfterMs;
  }
}

/**
 * The request did not complete: the connection failed or was reset, or the body was cut short,
 * on every attempt the retry rules allowed. `cause` is the last underlying error.
 *
 * @example
 * ```ts
 * declare const rows: QueryRows;
 * try { for await (const row of rows) console.log(row); }
 * catch (error) { if (error instanceof NetworkError) console.error(error.cause); }
 * ```
 */
export class NetworkError extends PcaqClientError {
  constructor(message: string, context: RequestContext, cause: unknown) {
    super(message, context, { cause });
    this.name = 'NetworkError';
  }
}

/**
 * The service answered `200` with something that is not the documented envelope (not UTF-8, not
 * JSON, no `Value` array, a next link to another origin or one already followed, fewer or more rows
 * than `TotalCount` promised). The client stops rather than return a silently wrong result.
 *
 * @example
 * ```ts
 * declare const rows: QueryRows;
 * try { for await (const row of rows) console.log(row); }
 * catch (error) { if (error instanceof ResponseFormatError) console.error(error.message); }
 * ```
 */
export class ResponseFormatError extends PcaqClientError {
  constructor(message: string, context: RequestContext) {
    super(message, context);
    this.name = 'ResponseFormatError';
  }
}

function parseObject(text: string): Readonly<Record<string, unknown>> | undefined {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
