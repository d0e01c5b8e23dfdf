import type { Writable } from 'node:stream';

/** What the progress line reports. */
export interface ProgressStats {
  readonly rows: number;
  readonly bytes: number;
}

const SHOW_AFTER_MS = 1000;
const EVERY_MS = 250;

/**
 * A progress line on stderr (`pcaq: 1,234,567 rows, 512.0 MB, 85.3 MB/s`) for inputs that take
 * longer than about a second; rewritten in place with `\r` and cleared at the end. Only on a
 * TTY: redirected stderr stays free of it.
 *
 * @example
 * ```ts
 * const stop = startProgress(io.stderr, io.stderrIsTty, () => source.stats);
 * await evaluateEverything();
 * stop();
 * ```
 */
export function startProgress(stderr: Writable, isTty: boolean, stats: () => ProgressStats, now: () => number = Date.now): () => void {
  if (!isTty) return () => undefined;
  const started = now();
  let shown = false;
  const timer = setInterval(() => {
    const elapsed = now() - started;
    if (elapsed < SHOW_AFTER_MS) return;
    shown = true;
    stderr.write(`\r${formatProgress(stats(), elapsed)}\u001b[K`);
  }, EVERY_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    if (shown) stderr.write('\r\u001b[K');
  };
}

/**
 * The text of the progress line.
 *
 * @example
 * ```ts
 * formatProgress({ rows: 1234567, bytes: 512e6 }, 6000); // 'pcaq: 1,234,567 rows, 512.0 MB, 85.3 MB/s'
 * ```
 */
export function formatProgress(stats: ProgressStats, elapsedMs: number): string {
  const mb = stats.bytes / 1e6;
  const rate = elapsedMs > 0 ? mb / (elapsedMs / 1000) : 0;
  return `pcaq: ${stats.rows.toLocaleString('en-US')} rows, ${mb.toFixed(1)} MB, ${rate.toFixed(1)} MB/s`;
}
