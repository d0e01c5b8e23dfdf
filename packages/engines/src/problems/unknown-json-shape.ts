import { truncateText } from '@pcaq/core';
import type { EngineProblemInit } from '../engine-error.js';

/**
 * `PCAQ0523`: a JSON file whose start is neither a bare array of rows nor a response body with its
 * `Value` (or `value`) array, so DuckDB cannot be told how to read it (docs/diagnostics.md;
 * docs/engines.md, "DuckDB over files: input tolerance"). `head` is the decoded start of the file,
 * `limit` how much of it was looked at.
 *
 * @example
 * ```ts
 * unknownJsonShape('{"rows": []}', '64 KiB'); // { code: 'PCAQ0523', args: { limit: '64 KiB', begins: '\'{"rows": []}\'' } }
 * ```
 */
export function unknownJsonShape(head: string, limit: string): EngineProblemInit {
  const begins = head === '' ? 'nothing (the file is empty)' : `'${truncateText(head.split('\n')[0] ?? head, 40)}'`;
  return { code: 'PCAQ0523', args: { limit, begins } };
}
