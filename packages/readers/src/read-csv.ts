import { Parser, type CsvError } from 'csv-parse';
import { Readable } from 'node:stream';
import { createCsvRowBuilder } from './csv-row.js';
import type { InternColumns } from './interner.js';
import { RowReadError } from './read-error.js';
import type { RowSink } from './row-sink.js';
import type { ReadRow } from './types.js';

/** A batch of parsed records with the line each was read on. */
interface RecordBatch {
  readonly records: string[][];
  readonly lines: number[];
}

/**
 * csv-parse's stream parser, handing records over in batches (one per input chunk) tagged with
 * their line. Records are pushed synchronously while a chunk is parsed, so `info.lines` is exact
 * at that moment (csv-parse's own `info` option copies a snapshot object per record, which costs
 * more than the parse), and a batch per chunk saves the stream machinery a hop per record.
 */
class BatchingParser extends Parser {
  private records: string[][] = [];
  private lines: number[] = [];

  override push(chunk: unknown): boolean {
    if (chunk === null) {
      this.flushBatch();
      return super.push(null);
    }
    this.records.push(chunk as string[]);
    this.lines.push(this.info.lines);
    return true;
  }

  override _transform(buf: Buffer, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    super._transform(buf, encoding, (error?: Error | null) => {
      this.flushBatch();
      callback(error);
    });
  }

  override _flush(callback: (error?: Error | null) => void): void {
    super._flush((error?: Error | null) => {
      this.flushBatch();
      callback(error);
    });
  }

  private flushBatch(): void {
    if (this.records.length === 0) return;
    super.push({ records: this.records, lines: this.lines } satisfies RecordBatch);
    this.records = [];
    this.lines = [];
  }
}

/**
 * Reads CSV with csv-parse (RFC 4180 quoting, LF or CR LF, byte-order mark dropped, empty lines
 * ignored). The first line names the columns; an empty cell is null; count columns are read as
 * numbers. A record with another number of cells than the header, a bad count, or a quoting error
 * is a problem naming the line (skippable with `skipBadRows`).
 *
 * @example
 * ```ts
 * for await (const batch of readCsvBatches(createReadStream('usage.csv'), sink)) console.log(batch.length);
 * ```
 */
export async function* readCsvBatches(
  stream: AsyncIterable<Uint8Array | string>,
  sink: RowSink,
  skipBadRows: boolean,
  internColumns: InternColumns,
): AsyncGenerator<ReadRow[]> {
  const parser = new BatchingParser({ bom: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: skipBadRows });
  // csv-parse may report one broken record more than once (a quote error, then the rest of it).
  let lastSkippedLine = -1;
  parser.on('skip', (error: CsvError | undefined) => {
    const line = lineOf(error);
    if (line === lastSkippedLine) return;
    lastSkippedLine = line;
    sink.problem({ file: sink.file, line, code: 'csv-syntax', message: csvMessage(error) });
  });
  const input = Readable.from(stream, { objectMode: false });
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let toRow: ((cells: string[], line: number) => void) | undefined;
  try {
    for await (const batch of parser as AsyncIterable<RecordBatch>) {
      const { records, lines } = batch;
      let i = 0;
      if (toRow === undefined) {
        toRow = createCsvRowBuilder(records[0] ?? [], sink, internColumns);
        i = 1;
      }
      for (; i < records.length; i++) toRow(records[i]!, lines[i]!);
      if (sink.batch.length > 0) yield sink.take();
    }
  } catch (error) {
    if (error instanceof RowReadError || !isCsvError(error)) throw error;
    throw new RowReadError({ file: sink.file, line: lineOf(error), code: 'csv-syntax', message: csvMessage(error) });
  } finally {
    input.unpipe(parser);
    input.destroy();
  }
}

function isCsvError(error: unknown): error is CsvError {
  const code: unknown = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('CSV_');
}

function lineOf(error: CsvError | undefined): number {
  const lines = (error as { lines?: unknown } | undefined)?.lines;
  return typeof lines === 'number' ? lines : 0;
}

function csvMessage(error: CsvError | undefined): string {
  const text = error?.message ?? 'malformed CSV';
  return `malformed CSV: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
