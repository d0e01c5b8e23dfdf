import { BadRow } from './bad-row.js';
import { createInterner, type InternColumns } from './interner.js';
import { JsonStructureError, type JsonElement } from './json-scan.js';
import { JsonSplitter } from './json-splitter.js';
import { createObjectRowBuilder } from './object-row.js';
import { RowReadError } from './read-error.js';
import type { RowSink } from './row-sink.js';
import { jsonErrorOffset, jsonErrorText, positionIn } from './text-chunks.js';
import type { ReadRow } from './types.js';

/**
 * Reads a JSON document of rows (a bare array, or `{ "Value": [...] }` / `{ "value": [...] }`)
 * from decoded text chunks, yielding one batch of rows per chunk. The document is never held
 * whole: {@link JsonSplitter} cuts it into rows and `JSON.parse` parses one row at a time. A
 * malformed row can be skipped; a malformed structure around the rows ends the read.
 *
 * @example
 * ```ts
 * for await (const batch of readJsonBatches(decodeChunks(stream, counter), sink)) console.log(batch.length);
 * ```
 */
export async function* readJsonBatches(chunks: AsyncIterable<string>, sink: RowSink, internColumns: InternColumns): AsyncGenerator<ReadRow[]> {
  const splitter = new JsonSplitter();
  const toRow = createObjectRowBuilder(createInterner(internColumns));
  const read = (element: JsonElement): void => {
    let value: unknown;
    try {
      value = JSON.parse(element.text);
    } catch (error) {
      const offset = jsonErrorOffset(error) ?? 0;
      const at = positionIn(element.text, offset, element.line, element.column);
      sink.accept(new BadRow('malformed-json', `malformed JSON in a row: ${jsonErrorText(error)}`), at.line, at.column);
      return;
    }
    sink.accept(toRow(value), element.line, element.column);
  };
  try {
    for await (const chunk of chunks) {
      for (const element of splitter.feed(chunk)) read(element);
      if (sink.batch.length > 0) yield sink.take();
    }
    splitter.end();
  } catch (error) {
    if (!(error instanceof JsonStructureError)) throw error;
    const { line, column, code, message } = error;
    throw new RowReadError({ file: sink.file, line, column, code, message: `malformed JSON: ${message}` });
  }
}
