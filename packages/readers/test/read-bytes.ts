import { Readable } from 'node:stream';
import { readRows, RowReadError, type ReadOptions, type ReadProblem, type ReadRow } from '@pcaq/readers';

/** What reading some input gave: its rows, the skipped problems, and the error that ended it. */
export interface ReadOutcome {
  readonly rows: ReadRow[];
  readonly skipped: ReadProblem[];
  readonly error?: ReadProblem;
}

/**
 * Reads input given as chunks (bytes or text) through `readRows`, as standard input is read.
 * Errors other than a `RowReadError` are rethrown: they are bugs.
 */
export async function readChunks(chunks: readonly (Uint8Array | string)[], options: ReadOptions = {}): Promise<ReadOutcome> {
  const rows: ReadRow[] = [];
  const skipped: ReadProblem[] = [];
  const stream = Readable.from(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk))));
  try {
    for await (const row of readRows('-', { name: 'input', ...options, stream, onSkip: (problem) => skipped.push(problem) })) rows.push(row);
  } catch (error) {
    if (!(error instanceof RowReadError)) throw error;
    return { rows, skipped, error: error.problem };
  }
  return { rows, skipped };
}

/** `readChunks` of one text or byte string, with the format given. */
export function readText(text: string | Uint8Array, format: 'json' | 'ndjson' | 'csv', options: ReadOptions = {}): Promise<ReadOutcome> {
  return readChunks([text], { format, ...options });
}
