import { MAX_RECORD_CHARS } from './csv-splitter.js';
import { InvalidTextError } from './decode-chunks.js';
import { createInterner, type InternColumns } from './interner.js';
import { malformedJson } from './problems/malformed-json.js';
import { readJsonRow } from './json-row.js';
import { createObjectRowBuilder } from './object-row.js';
import type { RowShape } from '@pcaq/core';
import type { RowSink } from './row-sink.js';
import type { ReadRow } from './types.js';

/**
 * Reads NDJSON (one JSON object per line; blank lines ignored; LF or CR LF) from decoded text
 * chunks, yielding one batch of rows per chunk. Every row problem is on one line, so each can be
 * skipped; text that is not valid in the input's encoding ends the read.
 *
 * @example
 * ```ts
 * for await (const batch of readNdjsonBatches(decodeChunks(stream), sink, true, rowShape(LICENSE_USAGE_SCHEMA))) console.log(batch.length);
 * ```
 */
export async function* readNdjsonBatches(chunks: AsyncIterable<string>, sink: RowSink, internColumns: InternColumns, shape: RowShape): AsyncGenerator<ReadRow[]> {
  const toRow = createObjectRowBuilder(shape, createInterner(internColumns));
  let line = 0;
  let rest = '';
  const read = (text: string): void => {
    line++;
    const body = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (isBlank(body)) return;
    readJsonRow(body, line, 1, toRow, sink);
  };
  // After a line past the length limit: dropping text up to its end, as it arrives.
  let discarding = false;
  const readLines = (chunk: string): void => {
    let text = rest + chunk;
    if (discarding) {
      const nl = text.indexOf('\n');
      if (nl < 0) return;
      discarding = false;
      text = text.slice(nl + 1);
    }
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      read(text.slice(from, nl));
      from = nl + 1;
    }
    rest = text.slice(from);
    if (rest.length > MAX_RECORD_CHARS) {
      // Holding it would make memory grow with the file; the line is reported, then skipped.
      rest = '';
      discarding = true;
      line++;
      sink.problem({ line, column: 1 }, malformedJson({ lineLongerThan: MAX_RECORD_CHARS }));
    }
  };
  try {
    for await (const chunk of chunks) {
      readLines(chunk);
      if (sink.batch.length > 0) yield sink.take();
    }
  } catch (error) {
    if (!(error instanceof InvalidTextError)) throw error;
    readLines(error.before);
    sink.fatal({ line: line + 1, column: rest.length + 1 }, error.init);
  }
  if (rest !== '') read(rest);
  if (sink.batch.length > 0) yield sink.take();
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
