import { BadRow } from './bad-row.js';
import { createInterner, type InternColumns } from './interner.js';
import { createObjectRowBuilder } from './object-row.js';
import type { RowSink } from './row-sink.js';
import { jsonErrorOffset, jsonErrorText } from './text-chunks.js';
import type { ReadRow } from './types.js';

/**
 * Reads NDJSON (one JSON object per line; blank lines ignored; LF or CR LF) from decoded text
 * chunks, yielding one batch of rows per chunk. Every problem is on one line, so every problem
 * can be skipped.
 *
 * @example
 * ```ts
 * for await (const batch of readNdjsonBatches(decodeChunks(stream, counter), sink)) console.log(batch.length);
 * ```
 */
export async function* readNdjsonBatches(chunks: AsyncIterable<string>, sink: RowSink, internColumns: InternColumns): AsyncGenerator<ReadRow[]> {
  const toRow = createObjectRowBuilder(createInterner(internColumns));
  let line = 0;
  let rest = '';
  const read = (text: string): void => {
    line++;
    const body = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (body.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      const column = (jsonErrorOffset(error) ?? 0) + 1;
      sink.accept(new BadRow('malformed-json', `malformed JSON: ${jsonErrorText(error)}`), line, column);
      return;
    }
    sink.accept(toRow(value), line, 1);
  };
  for await (const chunk of chunks) {
    const text = rest + chunk;
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      read(text.slice(from, nl));
      from = nl + 1;
    }
    rest = text.slice(from);
    if (sink.batch.length > 0) yield sink.take();
  }
  if (rest !== '') read(rest);
  if (sink.batch.length > 0) yield sink.take();
}
