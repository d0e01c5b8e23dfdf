import { closeSync, createReadStream, mkdtempSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Output held in memory up to this size; past it, it goes to a temporary file. */
const IN_MEMORY_BYTES = 8 << 20;

/**
 * A command's output, held until the command has succeeded, so that what reaches standard output
 * or `-o FILE` is the whole output or nothing (docs/cli.md, "Whole or absent"). Small output stays
 * in memory; larger output goes to a temporary file (next to FILE, so the final rename is atomic;
 * in the system's temporary directory for standard output), so memory stays bounded.
 * {@link commit} delivers it; {@link discard} throws it away.
 *
 * @example
 * ```ts
 * const out = new OutputTarget(io.stdout, options.output);
 * out.write('{"Value":[]}\n');
 * await out.commit();
 * ```
 */
export class OutputTarget {
  // Bytes, not strings: a string built by `+=` keeps every piece it was made of alive.
  private chunks: Buffer[] = [];
  private bytes = 0;
  private spill: { readonly fd: number; readonly path: string; readonly dir?: string } | undefined;
  private finished = false;

  /**
   * `file` undefined: standard output. With a file, its temporary file is made at once, so a
   * destination that cannot be written fails before any work is done.
   *
   * @throws Error (from the file system) when the temporary file cannot be made next to `file`.
   */
  constructor(
    private readonly stdout: Writable,
    readonly file?: string,
    private readonly inMemoryBytes: number = IN_MEMORY_BYTES,
  ) {
    if (file !== undefined) this.startSpill();
  }

  write(text: string): void {
    if (this.finished || text === '') return;
    if (this.spill) {
      writeSync(this.spill.fd, text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    this.chunks.push(bytes);
    this.bytes += bytes.length;
    if (this.bytes > this.inMemoryBytes) this.startSpill();
  }

  /** Delivers the output: renames the temporary file onto FILE, or copies it to standard output. */
  async commit(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    if (this.file === undefined || !this.spill) return this.commitToStdout();
    closeSync(this.spill.fd);
    renameSync(this.spill.path, this.file);
  }

  /** Forgets the output; FILE is left as it was. */
  discard(): void {
    if (this.finished) return;
    this.finished = true;
    this.chunks = [];
    if (this.spill) {
      closeSync(this.spill.fd);
      rmSync(this.spill.dir ?? this.spill.path, { recursive: true, force: true });
    }
  }

  private async commitToStdout(): Promise<void> {
    if (!this.spill) {
      const bytes = Buffer.concat(this.chunks);
      this.chunks = [];
      if (bytes.length > 0) await writeAll(this.stdout, bytes);
      return;
    }
    const { fd, path, dir } = this.spill;
    closeSync(fd);
    try {
      await pipeline(createReadStream(path, { highWaterMark: 1 << 20 }), this.stdout, { end: false });
    } finally {
      rmSync(dir ?? path, { recursive: true, force: true });
    }
  }

  private startSpill(): void {
    if (this.file === undefined) {
      const dir = mkdtempSync(join(tmpdir(), 'pcaq-output-'));
      const path = join(dir, 'output');
      this.spill = { fd: openSync(path, 'w'), path, dir };
    } else {
      const path = join(dirname(this.file), `.${basename(this.file)}.pcaq-${process.pid}-${Date.now()}.tmp`);
      this.spill = { fd: openSync(path, 'wx'), path };
    }
    for (const chunk of this.chunks) writeSync(this.spill.fd, chunk);
    this.chunks = [];
  }
}

/** Writes the bytes and waits until the stream has taken it (a slow reader bounds memory). */
async function writeAll(stream: Writable, text: Buffer): Promise<void> {
  if (!stream.write(text)) await roomIn(stream);
}

/**
 * Resolves when a stream that refused a write has room again (`drain`), or will never take more
 * (`close`, `error`): the one wait for a full stream, used by every writer of the CLI.
 *
 * @example
 * ```ts
 * if (!process.stdout.write(text)) await roomIn(process.stdout);
 * ```
 */
export function roomIn(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
