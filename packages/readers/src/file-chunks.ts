import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** How many bytes are read between two turns of the event loop (timers, output) when reading a file. */
const BYTES_PER_TURN = 1 << 20;

/**
 * The bytes of a file in chunks of `chunkBytes`. A regular file is read with synchronous reads
 * into fresh buffers, giving the event loop a turn every MiB: a read stream costs a thread-pool
 * round trip, a stream buffer and an event per chunk, which measured 20-30% of the CPU of
 * splitting CSV (docs/performance.md, "CSV"). Anything else (a pipe, a device) may block on a
 * read, so it goes through a read stream. The file is closed when the chunks end or are abandoned.
 *
 * @example
 * ```ts
 * for await (const bytes of fileChunks('usage.csv', 1 << 16)) console.log(bytes.length);
 * ```
 */
export async function* fileChunks(path: string, chunkBytes: number): AsyncGenerator<Uint8Array> {
  const fd = openSync(path, 'r');
  let streamed = false;
  try {
    if (!fstatSync(fd).isFile()) {
      streamed = true;
      yield* createReadStream(path, { fd, highWaterMark: chunkBytes }) as AsyncIterable<Uint8Array>;
      return;
    }
    let sinceTurn = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(chunkBytes);
      const read = readSync(fd, buffer, 0, chunkBytes, null);
      if (read === 0) return;
      yield read === chunkBytes ? buffer : buffer.subarray(0, read);
      sinceTurn += read;
      if (sinceTurn >= BYTES_PER_TURN) {
        sinceTurn = 0;
        await nextTurn();
      }
    }
  } finally {
    // A read stream given the descriptor closes it itself.
    if (!streamed) closeSync(fd);
  }
}
