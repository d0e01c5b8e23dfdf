import { toJson } from './render-diagnostics.js';
import type { ProblemDetail } from './usage-error.js';

/**
 * What went wrong in a run that failed, as `--format json` reports it on standard output.
 *
 * @example
 * ```ts
 * const failure: RunFailure = { kind: 'usage', message: "unknown option '--bogus'", exitCode: 2 };
 * ```
 */
export interface RunFailure extends Omit<ProblemDetail, 'kind'> {
  readonly kind: ProblemDetail['kind'] | 'usage' | 'internal';
  readonly exitCode: number;
}

/**
 * The JSON error object of a failed run (docs/cli.md, "Errors as JSON"): `{ "error": { "kind",
 * "message", "exitCode", ... } }` with `diagnostics` for a query with errors and `file`, `line`,
 * `column` and `code` for unreadable data, when known.
 *
 * @example
 * ```ts
 * errorEnvelope({ kind: 'usage', message: "unknown option '--bogus'", exitCode: 2 });
 * // '{\n  "error": {\n    "kind": "usage",\n    "message": "unknown option \'--bogus\'",\n    "exitCode": 2\n  }\n}\n'
 * ```
 */
export function errorEnvelope(failure: RunFailure): string {
  const error: Record<string, unknown> = { kind: failure.kind, message: failure.message, exitCode: failure.exitCode };
  if (failure.diagnostics !== undefined) error['diagnostics'] = failure.diagnostics.map(toJson);
  if (failure.file !== undefined) error['file'] = failure.file;
  if (failure.line !== undefined) error['line'] = failure.line;
  if (failure.column !== undefined) error['column'] = failure.column;
  if (failure.code !== undefined) error['code'] = failure.code;
  return JSON.stringify({ error }, null, 2) + '\n';
}
