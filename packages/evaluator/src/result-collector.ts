import type { GroupIndex } from './group-index.js';
import type { Row } from './types.js';

/** The window of a result that is returned: rows `skip` to `skip + top`, or all of them. */
export interface Paging {
  readonly skip: number;
  readonly top: number;
  readonly all: boolean;
}

/**
 * Collects the rows of one processed date that passed the filter, and turns them into a page.
 * `reset` forgets everything (a later date was found).
 */
export interface ResultCollector {
  add(row: Row): void;
  /**
   * Whether the next row added is kept (in the page, a group or the sort), not only counted: the
   * evaluation normalises only the rows kept (docs/evaluation.md, "Performance design").
   */
  keepsNext(): boolean;
  reset(): void;
  /** How many rows the whole result has. */
  total(): number;
  /** The page's rows, handed to `emit` in order (rows already emitted by `add` are not repeated). */
  finish(emit: (row: Row) => void): void;
}

/**
 * Without groupby the result is the filtered rows in input order. Only the page is kept: memory
 * is at most `top` rows (unless `all`), whatever the input's size. When `streamTo` is given, page
 * rows go there at once instead of being kept (used when the processed date is known up front).
 *
 * @example
 * ```ts
 * const rows = createRowCollector({ skip: 1, top: 1, all: false });
 * rows.add({ a: '1' }); rows.add({ a: '2' }); rows.add({ a: '3' });
 * rows.total(); // 3
 * rows.finish((row) => console.log(row)); // { a: '2' }
 * ```
 */
export function createRowCollector(paging: Paging, streamTo?: (row: Row) => void): ResultCollector {
  const end = paging.all ? Infinity : paging.skip + paging.top;
  const start = paging.all ? 0 : paging.skip;
  let count = 0;
  let page: Row[] = [];
  return {
    add(row) {
      const index = count++;
      if (index < start || index >= end) return;
      if (streamTo) streamTo(row);
      else page.push(row);
    },
    keepsNext: () => count >= start && count < end,
    reset() {
      count = 0;
      page = [];
    },
    total: () => count,
    finish(emit) {
      for (const row of page) emit(row);
      page = [];
    },
  };
}

/**
 * With groupby the result is one row per group; only the groups are held in memory.
 *
 * @example
 * ```ts
 * const groups = createGroupCollector(() => new GroupIndex(['channel'], LICENSE_USAGE_SCHEMA, false), { skip: 0, top: 10, all: false });
 * groups.add({ channel: 'Reseller', licensesActive: 2, licensesQualified: 3 });
 * groups.total(); // 1
 * ```
 */
export function createGroupCollector(newIndex: () => GroupIndex, paging: Paging): ResultCollector {
  let index = newIndex();
  return {
    add: (row) => index.add(row),
    keepsNext: () => true,
    reset() {
      index = newIndex();
    },
    total: () => index.size,
    finish(emit) {
      const rows = paging.all ? index.rows() : index.rows(paging.skip, paging.skip + paging.top);
      for (const row of rows) emit(row);
    },
  };
}

/**
 * With `orderby` the whole result is held, then sorted (stably: equal rows keep their order) and
 * paged (docs/evaluation.md, "orderby"). Rows come from `newIndex` when grouping, else as added.
 *
 * @example
 * ```ts
 * const sorted = createSortedCollector((a, b) => String(a.x).localeCompare(String(b.x)), { skip: 0, top: 1, all: false });
 * sorted.add({ x: 'b' }); sorted.add({ x: 'a' });
 * sorted.finish((row) => console.log(row)); // { x: 'a' }
 * ```
 */
export function createSortedCollector(order: (a: Row, b: Row) => number, paging: Paging, newIndex?: () => GroupIndex): ResultCollector {
  let index = newIndex?.();
  let rows: Row[] = [];
  return {
    add: (row) => (index === undefined ? rows.push(row) : index.add(row)),
    keepsNext: () => true,
    reset() {
      index = newIndex?.();
      rows = [];
    },
    total: () => (index === undefined ? rows.length : index.size),
    finish(emit) {
      // Array.prototype.sort is stable (ECMAScript 2019).
      const sorted = (index === undefined ? rows : index.rows()).sort(order);
      for (const row of paging.all ? sorted : sorted.slice(paging.skip, paging.skip + paging.top)) emit(row);
      rows = [];
    },
  };
}

/**
 * A collector that hands rows on with their date group fields bucketed (docs/evaluation.md,
 * "aggregationLevel buckets").
 *
 * @example
 * ```ts
 * const inner = createGroupCollector(() => new GroupIndex(['usageDate'], AZURE_USAGE_SCHEMA, false, false), { skip: 0, top: 10, all: false });
 * withBuckets(inner, createDateBucketer({ level: 'day', fields: ['usageDate'] }));
 * ```
 */
export function withBuckets(collector: ResultCollector, bucket: (row: Row) => Row): ResultCollector {
  return { ...collector, add: (row) => collector.add(bucket(row)) };
}
