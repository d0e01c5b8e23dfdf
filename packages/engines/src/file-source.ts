import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import type { SqlFileFormat, SqlFileSource } from '@pcaq/sql';
import { EngineError } from './engine-error.js';

const EXTENSIONS: Readonly<Record<string, SqlFileFormat>> = {
  '.csv': 'csv',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.parquet': 'parquet',
};

/** How much of a JSON file is looked at to tell a bare array from a response body. */
const HEAD_BYTES = 64 * 1024;

/**
 * Describes a file for DuckDB: its format (given, else from the extension) and, for JSON,
 * whether it is a bare array of rows or a response body `{ "Value": [...] }` / `{ "value": [...] }`
 * (told from the start of the file, after any byte-order mark).
 *
 * @throws EngineError when the format cannot be told or a JSON file is neither shape.
 * @example
 * ```ts
 * await fileSourceOf('usage.json'); // { kind: 'file', path: 'usage.json', format: 'json', envelope: 'Value' }
 * ```
 */
export async function fileSourceOf(path: string, format?: SqlFileFormat): Promise<SqlFileSource> {
  const resolved = format ?? EXTENSIONS[extname(path).toLowerCase()];
  if (resolved === undefined) {
    throw new EngineError(`cannot tell the format of '${path}' from its extension (.csv, .json, .ndjson, .jsonl, .parquet)`);
  }
  if (resolved !== 'json') return { kind: 'file', path, format: resolved };
  const head = await readHead(path);
  if (head.startsWith('[')) return { kind: 'file', path, format: 'json' };
  const envelope = /"(Value|value)"\s*:\s*\[/.exec(head)?.[1];
  if (head.startsWith('{') && (envelope === 'Value' || envelope === 'value')) return { kind: 'file', path, format: 'json', envelope };
  throw new EngineError(`${path}: expected a JSON array of rows or a response body { "Value": [...] }`);
}

async function readHead(path: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  } catch (error) {
    throw new EngineError(`cannot read '${path}' (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    await handle?.close();
  }
}
