/**
 * The service's error body: `code` (pcaq serve uses the HTTP status), a `description`, `data`
 * (for a query with errors, pcaq's diagnostics) and `source` (docs/serve.md, "Errors").
 *
 * @example
 * ```ts
 * const body: ServiceErrorBody = { code: 404, description: 'No endpoint at /v2/x.', data: [], source: 'pcaq serve' };
 * ```
 */
export interface ServiceErrorBody {
  readonly code: number;
  readonly description: string;
  readonly data: readonly unknown[];
  readonly source: string;
}

/**
 * The `source` of every error body the server writes.
 *
 * @example
 * ```ts
 * errorBody(401, 'x').source === ERROR_SOURCE; // true
 * ```
 */
export const ERROR_SOURCE = 'pcaq serve';

/**
 * An error body for `status`.
 *
 * @example
 * ```ts
 * declare const diagnostic: Diagnostic;
 * errorBody(400, 'The query has 1 error.', [diagnostic]);
 * ```
 */
export function errorBody(status: number, description: string, data: readonly unknown[] = []): ServiceErrorBody {
  return { code: status, description, data, source: ERROR_SOURCE };
}

/**
 * The throttling body of a `429`, word for word as the service's gateway writes it.
 *
 * @example
 * ```ts
 * throttlingBody(2); // { statusCode: 429, message: 'Rate limit is exceeded. Try again in 2 seconds.' }
 * ```
 */
export function throttlingBody(seconds: number): { readonly statusCode: 429; readonly message: string } {
  return { statusCode: 429, message: `Rate limit is exceeded. Try again in ${seconds} seconds.` };
}
