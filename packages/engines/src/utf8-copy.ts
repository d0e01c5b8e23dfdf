import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { decodeChunks, InvalidTextError, type TextEncoding } from '@pcaq/readers';
import type { SqlFileFormat } from '@pcaq/sql';
import { engineProblem } from './engine-error.js';
import { unreadableFile } from './problems/unreadable-file.js';

/**
 * The encodings a file may be read in: the readers' {@link TextEncoding}, so that both engines
 * decode a file byte for byte alike (docs/evaluation.md, "Text encodings").
 *
 * @example
 * ```ts
 * const encoding: FileEncoding = 'windows-1252';
 * ```
 */
export type FileEncoding = TextEncoding;

/**
 * A file DuckDB can read: the file itself, or a UTF-8 copy without a byte-order mark in a
 * temporary directory, which `dispose` removes.
 */
export interface Utf8File {
  readonly path: string;
  dispose(): Promise<void>;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Gives DuckDB a file it reads correctly (docs/engines.md, "Encodings and byte-order marks").
 * DuckDB reads only UTF-8, and its JSON reader refuses a byte-order mark, so a UTF-16 file (named,
 * or told by its mark), a `latin1`/`windows-1252` file, and a JSON or NDJSON file starting with a
 * UTF-8 mark are first copied, as UTF-8 without a mark, to a temporary file (one streaming pass,
 * the only extra cost). Anything else (UTF-8 CSV, with or without a mark; Parquet) is read in
 * place. Bytes that are not UTF-8 in a UTF-8 file are left for DuckDB to refuse (then the readers
 * say where).
 *
 * @throws EngineError when the file cannot be read or the temporary copy cannot be written.
 * @example
 * ```ts
 * const file = await utf8FileFor('usage-utf16.csv', 'csv');
 * try { use(file.path); } finally { await file.dispose(); }
 * ```
 */
export async function utf8FileFor(path: string, format: SqlFileFormat, encoding: FileEncoding = 'utf-8'): Promise<Utf8File> {
  const inPlace: Utf8File = { path, dispose: async () => {} };
  if (format === 'parquet') return inPlace;
  const head = await readHead(path);
  const decoding = encoding !== 'utf-8' ? encoding : head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : undefined;
  const utf8Bom = UTF8_BOM.every((byte, i) => head[i] === byte);
  if (decoding === undefined && !(utf8Bom && format !== 'csv')) return inPlace;
  const directory = await mkdtemp(join(tmpdir(), 'pcaq-duckdb-'));
  const copy = join(directory, basename(path));
  const dispose = (): Promise<void> => rm(directory, { recursive: true, force: true });
  try {
    if (decoding === undefined) await pipeline(createReadStream(path, { start: UTF8_BOM.length }), createWriteStream(copy));
    else await pipeline(transcoder(path, decoding), createWriteStream(copy));
  } catch (error) {
    await dispose();
    // Bytes that are not text in the encoding: the readers name their place (the caller asks them).
    if (error instanceof InvalidTextError) throw error;
    throw engineProblem(path, unreadableFile(error, true), error);
  }
  return { path: copy, dispose };
}

/** The readers' strict decoding (the same bytes, the same characters, a byte-order mark dropped), as UTF-8. */
function transcoder(path: string, encoding: FileEncoding): Readable {
  return Readable.from((async function* () {
    for await (const text of decodeChunks(createReadStream(path), encoding)) yield Buffer.from(text, 'utf8');
  })());
}

async function readHead(path: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(4);
    const { bytesRead } = await handle.read(buffer, 0, 4, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    throw engineProblem(path, unreadableFile(error), error);
  } finally {
    await handle?.close();
  }
}
