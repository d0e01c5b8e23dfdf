import { extname } from 'node:path';
import type { EngineProblemInit } from '../engine-error.js';

/**
 * `PCAQ0522`: a file whose format neither the caller gave nor its extension tells, naming the
 * extensions that tell one and both ways to give it, the command line's and the library's
 * (docs/diagnostics.md; docs/engines.md, "DuckDB over files: input tolerance").
 *
 * @example
 * ```ts
 * unknownFileFormat('usage.txt', ['.csv', '.parquet']);
 * // { code: 'PCAQ0522', args: { extension: "'.txt'", known: '.csv or .parquet', option: '--input-format (the inputFormat option)' } }
 * ```
 */
export function unknownFileFormat(path: string, extensions: readonly string[]): EngineProblemInit {
  const extension = extname(path);
  const known = extensions.length > 1 ? `${extensions.slice(0, -1).join(', ')} or ${extensions.at(-1)}` : extensions.join('');
  return {
    code: 'PCAQ0522',
    args: { extension: extension === '' ? 'it has none' : `'${extension}'`, known, option: '--input-format (the inputFormat option)' },
  };
}
