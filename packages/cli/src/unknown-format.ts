import { DIAGNOSTIC_MESSAGES, formatMessage } from '@pcaq/core';
import { UsageError } from './usage-error.js';

/**
 * The usage error for a file whose format its extension does not tell, in the words of
 * `PCAQ0522` (docs/diagnostics.md), the code the engines' library error carries: the extensions
 * that tell a format and the `--input-format` values the command takes.
 *
 * @example
 * ```ts
 * unknownFormatError('rows.txt', 'eval', ['.json', '.csv'], ['json', 'csv']).message;
 * // "'rows.txt': cannot tell the format of the file from its extension ('.txt'): name it .json or .csv, or give the format with --input-format json or csv"
 * ```
 */
export function unknownFormatError(file: string, command: string, extensions: readonly string[], formats: readonly string[]): UsageError {
  const dot = file.lastIndexOf('.');
  const extension = dot > Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1 ? `'${file.slice(dot)}'` : 'it has none';
  const args = { extension, known: orList(extensions), option: `--input-format ${orList(formats)}` };
  return new UsageError(`'${file}': ${formatMessage(DIAGNOSTIC_MESSAGES.PCAQ0522.template, args)}`, command);
}

function orList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : items.join('');
}
