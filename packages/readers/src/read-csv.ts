import { rowShape, type Schema } from '@pcaq/core';
import { checkCsvHeader } from './csv-header.js';
import { createCsvRowBuilder } from './csv-row.js';
import { CsvSplitter } from './csv-splitter.js';
import { InvalidTextError } from './decode-chunks.js';
import type { InternColumns } from './interner.js';
import { csvHeader } from './problems/csv-header.js';
import { csvSyntax } from './problems/csv-syntax.js';
import type { RowSink } from './row-sink.js';
import type { ReadRow } from './types.js';

/**
 * Reads CSV from decoded text chunks with {@link CsvSplitter}, yielding one batch of rows per
 * chunk. The first record is the header, checked by {@link checkCsvHeader} (names trimmed); a
 * header problem ends the read whatever `skipBadRows` says, since every row would be misread. An
 * empty cell is null and count columns are read as numbers. A quoting error, a record with another
 * number of cells than the header or a bad count is a problem at its line and column (skippable).
 *
 * @example
 * ```ts
 * for await (const batch of readCsvBatches(decodeChunks(stream), sink, true, LICENSE_USAGE_SCHEMA)) console.log(batch.length);
 * ```
 */
export async function* readCsvBatches(chunks: AsyncIterable<string>, sink: RowSink, internColumns: InternColumns, schema: Schema): AsyncGenerator<ReadRow[]> {
  let toRow: ((cells: string[], line: number) => void) | undefined;
  const splitter: CsvSplitter = new CsvSplitter({
    record(cells, line) {
      if (toRow !== undefined) return toRow(cells, line);
      const names = cells.map((cell) => cell.trim());
      const problem = checkCsvHeader(names, schema);
      if (problem !== undefined) sink.fatal(splitter.cellPosition(problem.cell), problem.init);
      toRow = createCsvRowBuilder(rowShape(schema), names, sink, internColumns, (cell) => splitter.cellPosition(cell));
    },
    syntaxError(where, message) {
      // Before the header is known, a broken first line is a broken header.
      if (toRow === undefined) sink.fatal(where, csvHeader({ detail: message }));
      sink.problem(where, csvSyntax(message));
    },
  });
  try {
    for await (const chunk of chunks) {
      splitter.feed(chunk);
      if (sink.batch.length > 0) yield sink.take();
    }
  } catch (error) {
    if (!(error instanceof InvalidTextError)) throw error;
    splitter.feed(error.before);
    sink.fatal(splitter.endPosition(), error.init);
  }
  splitter.end();
  if (sink.batch.length > 0) yield sink.take();
}
