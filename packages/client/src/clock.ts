/**
 * The time source of the client's retries: injectable, so tests run without real waiting and
 * with a known clock (docs/client.md, "Testing a client").
 *
 * @example
 * ```ts
 * const clock: Clock = { now: () => 0, sleep: async () => undefined };
 * ```
 */
export interface Clock {
  /** Epoch milliseconds (compared with `Retry-After` dates). */
  now(): number;
  /** Resolves after `ms` milliseconds; rejects with `signal.reason` when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/**
 * The real clock: `Date.now` and `setTimeout`, the wait cut short by an abort.
 *
 * @example
 * ```ts
 * await SYSTEM_CLOCK.sleep(10);
 * ```
 */
export const SYSTEM_CLOCK: Clock = Object.freeze({
  now: () => Date.now(),
  sleep: (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
});
