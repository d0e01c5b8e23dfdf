/**
 * How many values one cache remembers at most.
 *
 * @example
 * ```ts
 * MAX_CACHED_VALUES; // 65536
 * ```
 */
export declare const MAX_CACHED_VALUES: number;
/**
 * How many UTF-16 code units of keys one cache holds at most (2 MiB of text): with a bound on the
 * number of values only, 65,536 unique 10 KB names kept 1.3 GB alive (docs/evaluation.md,
 * "Performance design").
 */
export declare const MAX_CACHED_CHARACTERS: number;
/** Keys longer than this are never cached: computing their answer costs little next to reading them. */
export declare const MAX_CACHED_KEY_LENGTH = 1024;
/**
 * A memo table from row values to answers with a fixed memory bound: at most
 * {@link MAX_CACHED_VALUES} keys and {@link MAX_CACHED_CHARACTERS} characters of string keys, none
 * longer than {@link MAX_CACHED_KEY_LENGTH}. Once full it stops remembering (it never evicts:
 * license data has few distinct values, so the first ones seen are the ones that repeat), and
 * callers compute the answer for other keys each time. Memory is then flat in the input's size,
 * whatever the data.
 *
 * @example
 * ```ts
 * const cache = new BoundedCache<string, boolean>();
 * cache.remember('Reseller', true);
 * cache.get('Reseller'); // true
 * ```
 */
export declare class BoundedCache<K, V> {
    private readonly entries;
    private characters;
    /** The answer remembered for `key`, if any. */
    get(key: K): V | undefined;
    /** Remembers `value` for `key` while the bounds allow; returns `value`. */
    remember(key: K, value: V): V;
    /** How many keys are remembered. */
    get size(): number;
}
//# sourceMappingURL=bounded-cache.d.ts.map