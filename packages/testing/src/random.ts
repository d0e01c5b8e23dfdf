/**
 * A seeded source of floats in [0, 1): Mulberry32, small, fast and the same on every machine, so
 * the same seed gives the same rows (the benchmarks' licence-usage generator uses it too).
 *
 * @example
 * ```ts
 * const random = createRandom(42);
 * random(); // the same number on every run
 * ```
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One element of `list`, chosen by `random`.
 *
 * @example
 * ```ts
 * pick(createRandom(1), ['a', 'b']);
 * ```
 */
export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}
