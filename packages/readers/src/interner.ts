/**
 * How many distinct values one column's table keeps. License data has few distinct values per
 * column; past the bound (a column of unique values) new strings are passed through as they are,
 * so memory stays bounded.
 */
const MAX_VALUES_PER_COLUMN = 1 << 17;

/**
 * How many characters all tables keep together, and the longest value interned: a column of long
 * unique values (names of 10 KB) would otherwise hold up to 2.6 GB within the count bound. Past
 * the budget, or for a longer value, strings pass through as they are, so peak memory stays flat
 * whatever the data (docs/evaluation.md, "Readers").
 */
const MAX_INTERNED_CHARS = 1 << 23;
const MAX_INTERNED_LENGTH = 1024;

/**
 * Which columns to intern: all (`true`, the default), none, or the named ones.
 */
export type InternColumns = boolean | readonly string[];

/**
 * Gives every distinct string of a column one canonical instance. Parsers allocate a fresh copy
 * of every cell; interning at load time cut the heap of 1M rows from ~390 MB to ~120 MB and made
 * filters 2-3.5x faster (docs/evaluation.md, "Performance design"): equal values become the same instance, so the
 * evaluator's per-value caches and `===` shortcuts hit.
 *
 * Interning costs a hash of each fresh string; when rows are only streamed through a query, the
 * CLI interns just the columns the query reads (`columns` lists them).
 *
 * @example
 * ```ts
 * const intern = createInterner(true);
 * const a = intern(0, 'channel', 'reseller');
 * intern(0, 'channel', 'reseller'.slice(0)) === a; // true, the same instance
 * ```
 */
export function createInterner(columns: InternColumns = true): (column: number, name: string, text: string) => string {
  const tables: (Map<string, string> | null)[] = [];
  // Each column's previous value: rows of one export share a processed date and often come sorted,
  // so comparing with it (a few characters) mostly saves hashing the cell (docs/performance.md, "CSV").
  const previous: string[] = [];
  let keptChars = 0;
  return (column, name, text) => {
    const last = previous[column];
    if (last === text) return last;
    let table = tables[column];
    if (table === undefined) {
      const wanted = typeof columns === 'boolean' ? columns : columns.includes(name);
      table = wanted ? new Map() : null;
      tables[column] = table;
    }
    if (table === null) return text;
    const known = table.get(text);
    if (known !== undefined) return (previous[column] = known);
    if (!keepsValue(table.size, keptChars, text.length)) return text;
    keptChars += text.length;
    // A cell cut from a chunk of text may be a view into the whole chunk (V8 slices strings);
    // the table keeps values for the whole read, so it keeps a copy that holds only the value.
    const own = ownCopy(text);
    table.set(own, own);
    return (previous[column] = own);
  };
}

/**
 * Whether the interner keeps one more value: its column's table is under the count bound, the
 * value is short enough to be worth sharing, and all tables together stay within the budget.
 *
 * @example
 * ```ts
 * keepsValue(0, 0, 10_000); // false: a 10 KB value is passed through
 * ```
 */
export function keepsValue(tableSize: number, keptChars: number, length: number): boolean {
  return tableSize < MAX_VALUES_PER_COLUMN && length <= MAX_INTERNED_LENGTH && keptChars + length <= MAX_INTERNED_CHARS;
}

/** A string that does not share the memory of a larger one (flattening a concatenation copies). */
function ownCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
