import { DIAGNOSTIC_MESSAGES, formatMessage } from '@pcaq/core';
import { EngineError } from '@pcaq/engines';

/**
 * `PCAQ0524`: a served file whose columns are another endpoint's (docs/diagnostics.md): more of
 * them are fields of `other` than of the served `endpoint`. The message is the table's, after
 * `path: error PCAQ0524: `, as the engines state a problem with a whole file.
 *
 * @example
 * ```ts
 * otherEndpointColumns('subs.csv', { endpoint: 'license-usage', count: 3, other: 'subscriptions', otherCount: 25 }).message;
 * // "subs.csv: error PCAQ0524: the file's columns are those of the endpoint 'subscriptions' (25 of its fields), not of 'license-usage' (3); serve it with --endpoint subscriptions"
 * ```
 */
export function otherEndpointColumns(path: string, found: { readonly endpoint: string; readonly count: number; readonly other: string; readonly otherCount: number }): EngineError {
  const problem = {
    code: 'PCAQ0524',
    args: { endpoint: found.endpoint, count: String(found.count), other: found.other, otherCount: String(found.otherCount) },
  } as const;
  return new EngineError(`${path}: error ${problem.code}: ${formatMessage(DIAGNOSTIC_MESSAGES[problem.code].template, problem.args)}`, { code: problem.code });
}
