import { span, type DiagnosticInit } from '@pcaq/core';

/**
 * PCAQ0408 (query-too-long): the encoded query string is longer than `limit` (default 2,048,
 * `maxQueryStringLength`), past which front ends commonly refuse a request. A warning: the
 * service itself may take it. The span covers the encoded query string.
 *
 * @example
 * ```ts
 * queryTooLong('filter=' + 'a'.repeat(3000), 2048)?.code; // 'PCAQ0408'
 * queryTooLong('top=5', 2048);                             // undefined
 * ```
 */
export function queryTooLong(encoded: string, limit: number): DiagnosticInit | undefined {
  if (encoded.length <= limit) return undefined;
  return { code: 'PCAQ0408', span: span(0, encoded.length), args: { length: encoded.length, limit }, source: 'url' };
}
