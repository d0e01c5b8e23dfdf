/**
 * How many values one cache remembers at most.
 *
 * @example
 * ```ts
 * MAX_CACHED_VALUES; // 65536
 * ```
 */
export const MAX_CACHED_VALUES = 1 << 16;
/**
 * How many UTF-16 code units of keys one cache holds at most (2 MiB of text): with a bound on the
 * number of values only, 65,536 unique 10 KB names kept 1.3 GB alive (docs/evaluation.md,
 * "Performance design").
 */
export const MAX_CACHED_CHARACTERS = 1 << 20;
/** Keys longer than this are never cached: computing their answer costs little next to reading them. */
export const MAX_CACHED_KEY_LENGTH = 1024;
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
export class BoundedCache {
    entries = new Map();
    characters = 0;
    /** The answer remembered for `key`, if any. */
    get(key) {
        return this.entries.get(key);
    }
    /** Remembers `value` for `key` while the bounds allow; returns `value`. */
    remember(key, value) {
        if (this.entries.size >= MAX_CACHED_VALUES)
            return value;
        if (typeof key === 'string') {
            if (key.length > MAX_CACHED_KEY_LENGTH || this.characters + key.length > MAX_CACHED_CHARACTERS)
                return value;
            this.characters += key.length;
        }
        this.entries.set(key, value);
        return value;
    }
    /** How many keys are remembered. */
    get size() {
        return this.entries.size;
    }
}
//# sourceMappingURL=bounded-cache.js.map