import type { Writable } from 'node:stream';
import { roomIn, type OutputTarget } from '../output-target.js';

const FLUSH_AT = 1 << 16;

/**
 * Collects output text and writes it in pieces of about 64 KiB, so a million small rows cost a
 * few hundred writes, not a million; `drain` waits while the destination is full, so a slow
 * reader downstream (`| less`) bounds memory instead of letting it grow.
 *
 * @example
 * ```ts
 * const out = new BufferedOutput(io.stdout);
 * out.write('{"a":1}\n');
 * await out.drain();
 * out.flush();
 * ```
 */
export class BufferedOutput {
  private pending = '';
  private full = false;

  constructor(private readonly stream: Writable | OutputTarget) {}

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= FLUSH_AT) this.flush();
  }

  /** Writes what is pending. */
  flush(): void {
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    if ((this.stream.write(text) as boolean | void) === false) this.full = true;
  }

  /** Resolves once the destination has room again (at once when it has). */
  async drain(): Promise<void> {
    if (!this.full || !('on' in this.stream)) return;
    this.full = false;
    await roomIn(this.stream as Writable);
  }
}
