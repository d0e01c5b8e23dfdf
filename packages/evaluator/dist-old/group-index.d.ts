import { type Schema } from '@pcaq/core';
import type { Row } from './types.js';
/**
 * The groups of a `groupby`, kept as nested `Map`s keyed by each field's raw value, one level per
 * field: measured about twice as fast as a concatenated string key per row (docs/evaluation.md, "Performance design"), and
 * with interned values a lookup hashes nothing. Values that compare equal (`SFB`, `sfb`) share one
 * entry: a raw value not seen at a level is mapped to its canonical spelling (the first seen that
 * compares equal) and joins that entry. Groups keep their order of first appearance; memory is one
 * entry per group and distinct spelling, never per row.
 *
 * @example
 * ```ts
 * const index = new GroupIndex(['workloadCode'], LICENSE_USAGE_SCHEMA, false);
 * index.add({ workloadCode: 'SFB', licensesActive: 1, licensesQualified: 2 });
 * index.add({ workloadCode: 'sfb', licensesActive: 3, licensesQualified: 4 });
 * index.rows(); // [{ workloadCode: 'SFB', licensesActive: 4, licensesQualified: 6, processedDateTime: null }]
 * ```
 */
export declare class GroupIndex {
    private readonly fields;
    private readonly root;
    private readonly groups;
    /** Adds a row to its group, creating the group on its first row. */
    readonly add: (row: Row) => void;
    private readonly readers;
    constructor(fields: readonly string[], schema: Schema, caseSensitive: boolean);
    /** How many groups there are so far. */
    get size(): number;
    /** The output rows, in order of first appearance: group fields, sums, processed date. */
    rows(from?: number, to?: number): Row[];
    private newGroup;
}
//# sourceMappingURL=group-index.d.ts.map