import type { InputFormat } from './types.js';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
};

/**
 * The input format a file name's extension implies (case-insensitive), or `undefined`.
 *
 * @example
 * ```ts
 * inputFormatOf('usage.CSV');     // 'csv'
 * inputFormatOf('rows.jsonl');    // 'ndjson'
 * inputFormatOf('-');             // undefined
 * ```
 */
export function inputFormatOf(path: string): InputFormat | undefined {
  const dot = path.lastIndexOf('.');
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (dot <= slash + 1) return undefined;
  return BY_EXTENSION[path.slice(dot).toLowerCase()];
}

/**
 * The extensions that tell an input format (case-insensitive), in the order messages list them.
 *
 * @example
 * ```ts
 * INPUT_EXTENSIONS; // ['.json', '.ndjson', '.jsonl', '.csv']
 * ```
 */
export const INPUT_EXTENSIONS: readonly string[] = Object.freeze(Object.keys(BY_EXTENSION));

/**
 * Whether a text names an input format.
 *
 * @example
 * ```ts
 * isInputFormat('ndjson'); // true
 * isInputFormat('xml');    // false
 * ```
 */
export function isInputFormat(text: string): text is InputFormat {
  return text === 'json' || text === 'ndjson' || text === 'csv';
}
