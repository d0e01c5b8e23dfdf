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
export declare function createRowCollector(paging: Paging, streamTo?: (row: Row) => void): ResultCollector;
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
export declare function createGroupCollector(newIndex: () => GroupIndex, paging: Paging): ResultCollector;
//# sourceMappingURL=result-collector.d.ts.map