import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { fileChunks } from '../src/file-chunks.js';

// Files are read with synchronous reads and a turn of the event loop every MiB (docs/performance.md,
// "CSV"): the bytes must be exactly the file's, timers must still run, and the file must be closed.
const dir = mkdtempSync(join(tmpdir(), 'pcaq-file-chunks-'));
let files = 0;
const fileOf = (bytes: Uint8Array): string => {
  const path = join(dir, `${files++}.bin`);
  writeFileSync(path, bytes);
  return path;
};

async function chunksOf(path: string, size: number): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of fileChunks(path, size)) chunks.push(chunk);
  return chunks;
}

describe('reading a file in chunks', () => {
  it.prop([fc.uint8Array({ maxLength: 5_000 }), fc.integer({ min: 1, max: 1_200 })], { numRuns: 60 })(
    'gives exactly the bytes of the file, non-UTF-8 included, in chunks no longer than asked',
    async (bytes, size) => {
      const chunks = await chunksOf(fileOf(bytes), size);
      expect(chunks.every((chunk) => chunk.length > 0 && chunk.length <= size)).toBe(true);
      expect(Buffer.concat(chunks)).toEqual(Buffer.from(bytes));
    },
  );

  it('gives the event loop turns while reading a long file, so a progress timer still runs', async () => {
    const path = fileOf(new Uint8Array(3 << 20).fill(0x61));
    let turns = 0;
    let reading = true;
    const tick = (): void => {
      turns++;
      if (reading) setImmediate(tick);
    };
    setImmediate(tick);
    let bytes = 0;
    for await (const chunk of fileChunks(path, 1 << 16)) bytes += chunk.length;
    reading = false;
    expect(bytes).toBe(3 << 20);
    expect(turns).toBeGreaterThan(1);
  });

  it('reads what is not a regular file (a device) through a stream', async () => {
    expect(await chunksOf('/dev/null', 1 << 16)).toEqual([]);
  });

  it('closes the file when the reading stops early', async () => {
    if (!existsSync('/proc/self/fd')) return expect(process.platform).not.toBe('linux');
    const path = fileOf(new Uint8Array(1 << 16).fill(0x62));
    const open = (): number => readdirSync('/proc/self/fd').length;
    const before = open();
    for await (const chunk of fileChunks(path, 1 << 10)) {
      expect(chunk.length).toBe(1 << 10);
      expect(open()).toBe(before + 1);
      break;
    }
    expect(open()).toBe(before);
  });

  it('raises the system error of a missing file, as a read stream did', async () => {
    await expect(chunksOf(join(dir, 'missing.csv'), 1 << 16)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
