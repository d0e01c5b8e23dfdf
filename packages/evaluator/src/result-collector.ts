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
  return new RowCollector(paging, streamTo);
}

// The collectors are classes, not objects of closures: their methods are then one function each
// for every run, so the evaluator's optimised code never holds a run's own functions, which V8
// would throw away with the run (docs/evaluation.md, "Performance design").
class RowCollector implements ResultCollector {
  private readonly end: number;
  private readonly start: number;
  private count = 0;
  private page: Row[] = [];

  constructor(
    paging: Paging,
    private readonly streamTo: ((row: Row) => void) | undefined,
  ) {
    this.end = paging.all ? Infinity : paging.skip + paging.top;
    this.start = paging.all ? 0 : paging.skip;
  }

  add(row: Row): void {
    const index = this.count++;
    if (index < this.start || index >= this.end) return;
    if (this.streamTo) this.streamTo(row);
    else this.page.push(row);
  }

  keepsNext(): boolean {
    return this.count >= this.start && this.count < this.end;
  }

  reset(): void {
    this.count = 0;
    this.page = [];
  }

  total(): number {
    return this.count;
  }

  finish(emit: (row: Row) => void): void {
    for (const row of this.page) emit(row);
    this.page = [];
  }
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
  return new GroupCollector(newIndex, paging);
}

class GroupCollector implements ResultCollector {
  private index: GroupIndex;

  constructor(
    private readonly newIndex: () => GroupIndex,
    private readonly paging: Paging,
  ) {
    this.index = newIndex();
  }

  add(row: Row): void {
    this.index.add(row);
  }

  keepsNext(): boolean {
    return true;
  }

  reset(): void {
    this.index = this.newIndex();
  }

  total(): number {
    return this.index.size;
  }

  finish(emit: (row: Row) => void): void {
    const rows = this.paging.all ? this.index.rows() : this.index.rows(this.paging.skip, this.paging.skip + this.paging.top);
    for (const row of rows) emit(row);
  }
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
  return new BucketingCollector(collector, bucket);
}

class BucketingCollector implements ResultCollector {
  constructor(
    private readonly inner: ResultCollector,
    private readonly bucket: (row: Row) => Row,
  ) {}

  add(row: Row): void {
    this.inner.add(this.bucket(row));
  }

  keepsNext(): boolean {
    return this.inner.keepsNext();
  }

  reset(): void {
    this.inner.reset();
  }

  total(): number {
    return this.inner.total();
  }

  finish(emit: (row: Row) => void): void {
    this.inner.finish(emit);
  }
}
