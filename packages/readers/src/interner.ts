/**
 * How many distinct values one column's table keeps. License data has few distinct values per
 * column; past the bound (a column of unique values) new strings are passed through as they are,
 * so memory stays bounded.
 */
const MAX_VALUES_PER_COLUMN = 1 << 17;

/**
 * Which columns to intern: all (`true`, the default), none, or the named ones.
 */
export type InternColumns = boolean | readonly string[];

/**
 * Gives every distinct string of a column one canonical instance. Parsers allocate a fresh copy
 * of every cell; interning at load time cut the heap of 1M rows from ~390 MB to ~120 MB and made
 * filters 2-3.5x faster (PERFORMANCE.md): equal values become the same instance, so the
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
  return (column, name, text) => {
    let table = tables[column];
    if (table === undefined) {
      const wanted = typeof columns === 'boolean' ? columns : columns.includes(name);
      table = wanted ? new Map() : null;
      tables[column] = table;
    }
    if (table === null) return text;
    const known = table.get(text);
    if (known !== undefined) return known;
    if (table.size >= MAX_VALUES_PER_COLUMN) return text;
    // A cell cut from a chunk of text may be a view into the whole chunk (V8 slices strings);
    // the table keeps values for the whole read, so it keeps a copy that holds only the value.
    const own = ownCopy(text);
    table.set(own, own);
    return own;
  };
}

/** A string that does not share the memory of a larger one (flattening a concatenation copies). */
function ownCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
