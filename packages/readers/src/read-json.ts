import { InvalidTextError } from './decode-chunks.js';
import { createInterner, type InternColumns } from './interner.js';
import { JsonStructureError } from './json-scan.js';
import { readJsonRow } from './json-row.js';
import { JsonSplitter } from './json-splitter.js';
import { createObjectRowBuilder } from './object-row.js';
import type { RowShape } from '@pcaq/core';
import type { RowSink } from './row-sink.js';
import type { ReadRow } from './types.js';

/**
 * Reads a JSON document of rows (a bare array, or a response body with one `Value` or `value`
 * array) from decoded text chunks, yielding one batch of rows per chunk. The document is never
 * held whole: {@link JsonSplitter} cuts it into rows and `JSON.parse` parses one row at a time. A
 * malformed row can be skipped; a malformed structure around the rows, or text that is not valid
 * in the input's encoding, ends the read.
 *
 * @example
 * ```ts
 * for await (const batch of readJsonBatches(decodeChunks(stream), sink, true, rowShape(LICENSE_USAGE_SCHEMA))) console.log(batch.length);
 * ```
 */
export async function* readJsonBatches(chunks: AsyncIterable<string>, sink: RowSink, internColumns: InternColumns, shape: RowShape): AsyncGenerator<ReadRow[]> {
  const splitter = new JsonSplitter();
  const toRow = createObjectRowBuilder(shape, createInterner(internColumns));
  try {
    try {
      for await (const chunk of chunks) {
        for (const element of splitter.feed(chunk)) readJsonRow(element.text, element.line, element.column, toRow, sink);
        if (sink.batch.length > 0) yield sink.take();
      }
    } catch (error) {
      if (!(error instanceof InvalidTextError)) throw error;
      for (const element of splitter.feed(error.before)) readJsonRow(element.text, element.line, element.column, toRow, sink);
      sink.fatal(splitter.endPosition(), error.init);
    }
    splitter.end();
  } catch (error) {
    if (!(error instanceof JsonStructureError)) throw error;
    sink.fatal(error, error.init);
  }
}
