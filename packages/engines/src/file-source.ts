import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { SqlFileFormat, SqlFileSource } from '@pcaq/sql';
import { engineProblem } from './engine-error.js';
import { unknownFileFormat } from './problems/unknown-file-format.js';
import { unknownJsonShape } from './problems/unknown-json-shape.js';
import { unreadableFile } from './problems/unreadable-file.js';
import type { FileEncoding } from './utf8-copy.js';

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
 * (told from the start of the file, after any byte-order mark, decoded in `encoding`; a UTF-16
 * byte-order mark is recognised).
 *
 * @throws EngineError `PCAQ0522` when the format cannot be told, `PCAQ0523` when a JSON file is
 *   neither shape (docs/diagnostics.md), `PCAQ0520` when it cannot be read.
 * @example
 * ```ts
 * await fileSourceOf('usage.json'); // { kind: 'file', path: 'usage.json', format: 'json', envelope: 'Value', bytes: 1024 }
 * ```
 */
export async function fileSourceOf(path: string, format?: SqlFileFormat, encoding?: FileEncoding): Promise<SqlFileSource> {
  const resolved = fileFormatOf(path, format);
  if (resolved !== 'json') return { kind: 'file', path, format: resolved };
  const head = await readHead(path, encoding);
  if (head.startsWith('[')) return { kind: 'file', path, format: 'json' };
  const envelope = /"(Value|value)"\s*:\s*\[/.exec(head)?.[1];
  if (head.startsWith('{') && (envelope === 'Value' || envelope === 'value')) {
    // A body is read as one object: its size bounds what DuckDB reserves for it (SqlFileSource.bytes).
    const { size } = await stat(path);
    return { kind: 'file', path, format: 'json', envelope, bytes: size };
  }
  throw engineProblem(path, unknownJsonShape(head, '64 KiB'));
}

/**
 * The format of a file: the one given, else told by its extension.
 *
 * @throws EngineError `PCAQ0522` when neither tells it (docs/diagnostics.md).
 */
export function fileFormatOf(path: string, format?: SqlFileFormat): SqlFileFormat {
  const resolved = format ?? EXTENSIONS[extname(path).toLowerCase()];
  if (resolved === undefined) throw engineProblem(path, unknownFileFormat(path, Object.keys(EXTENSIONS)));
  return resolved;
}

async function readHead(path: string, encoding: FileEncoding = 'utf-8'): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    const byMark = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : encoding;
    return new TextDecoder(byMark).decode(head).replace(/^\uFEFF/, '').trimStart();
  } catch (error) {
    throw engineProblem(path, unreadableFile(error), error);
  } finally {
    await handle?.close();
  }
}
