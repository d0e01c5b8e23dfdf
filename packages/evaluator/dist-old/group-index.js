import { findField } from '@pcaq/core';
import { ExactSum } from './exact-sum.js';
import { fieldReader } from './field-access.js';
import { createCanonicalValue } from './text-equality.js';
/**
 * One group: the values shown for it (its first row's group fields, then its processed date) and
 * the sums. Only those values are kept, not the first row: a row read from a file may hold views
 * into the text it was cut from, and a group outlives its row (docs/performance.md, "CSV"). The
 * sums live in the group itself as plain numbers (a separate object per sum costs a cache miss per
 * row with tens of thousands of groups); past 2^53 - 1 they continue exactly in an {@link ExactSum}.
 */
class Group {
    firstField;
    secondField;
    others;
    processedDateTime;
    active = 0;
    qualified = 0;
    activeOverflow = null;
    qualifiedOverflow = null;
    constructor(
    // The shown values as fields, not an array: a group then costs one allocation, as it did when it
    // held its first row (groups are made again for every later processed date found).
    firstField, secondField, others, processedDateTime) {
        this.firstField = firstField;
        this.secondField = secondField;
        this.others = others;
        this.processedDateTime = processedDateTime;
    }
    /** The shown value of group field `i`. */
    shown(i) {
        return i === 0 ? this.firstField : i === 1 ? this.secondField : this.others[i - 2];
    }
    add(active, qualified) {
        if (typeof active === 'number' && this.activeOverflow === null && this.active + active <= Number.MAX_SAFE_INTEGER)
            this.active += active;
        else
            (this.activeOverflow ??= new ExactSum()).add(active);
        if (typeof qualified === 'number' && this.qualifiedOverflow === null && this.qualified + qualified <= Number.MAX_SAFE_INTEGER)
            this.qualified += qualified;
        else
            (this.qualifiedOverflow ??= new ExactSum()).add(qualified);
    }
    sums() {
        return { active: total(this.active, this.activeOverflow), qualified: total(this.qualified, this.qualifiedOverflow) };
    }
}
function total(small, overflow) {
    if (overflow === null)
        return small;
    const sum = BigInt(overflow.value()) + BigInt(small);
    return sum <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(sum) : sum;
}
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
export class GroupIndex {
    fields;
    root = new Map();
    groups = [];
    /** Adds a row to its group, creating the group on its first row. */
    add;
    readers;
    constructor(fields, schema, caseSensitive) {
        this.fields = fields;
        const readers = fields.map(fieldReader);
        this.readers = readers;
        const canonical = fields.map((name) => createCanonicalValue(!caseSensitive || findField(schema, name)?.kind === 'guid'));
        const step = (level, depth, value, row) => {
            const canon = canonical[depth](value);
            let child = level.get(canon);
            if (child === undefined) {
                child = depth === readers.length - 1 ? this.newGroup(row) : new Map();
                level.set(canon, child);
            }
            if (canon !== value)
                level.set(value, child);
            return child;
        };
        this.add = specialisedAdd(this.root, readers, step);
    }
    /** How many groups there are so far. */
    get size() {
        return this.groups.length;
    }
    /** The output rows, in order of first appearance: group fields, sums, processed date. */
    rows(from = 0, to = this.groups.length) {
        return this.groups.slice(from, to).map((group) => {
            const row = {};
            this.fields.forEach((name, i) => (row[name] = group.shown(i) ?? null));
            const { active, qualified } = group.sums();
            row.licensesActive = active;
            row.licensesQualified = qualified;
            row.processedDateTime = group.processedDateTime ?? null;
            return row;
        });
    }
    newGroup(first) {
        // Read with the fields' own readers: one property load site each.
        const { readers } = this;
        const others = readers.length > 2 ? readers.slice(2).map((read) => read(first)) : null;
        const group = new Group(readers[0](first), readers[1]?.(first), others, first.processedDateTime);
        this.groups.push(group);
        return group;
    }
}
/**
 * The per-row function, unrolled for one and two fields (the common cases: each read and lookup
 * then has its own call site, which V8 keeps monomorphic) and a loop beyond.
 */
function specialisedAdd(root, readers, step) {
    const total = (group, row) => group.add(row.licensesActive, row.licensesQualified);
    const [first, second] = readers;
    if (first && readers.length === 1) {
        return (row) => {
            const value = first(row);
            total((root.get(value) ?? step(root, 0, value, row)), row);
        };
    }
    if (first && second && readers.length === 2) {
        return (row) => {
            const a = first(row);
            const level = (root.get(a) ?? step(root, 0, a, row));
            const b = second(row);
            total((level.get(b) ?? step(level, 1, b, row)), row);
        };
    }
    const last = readers.length - 1;
    return (row) => {
        let level = root;
        for (let depth = 0; depth < last; depth++) {
            const value = readers[depth](row);
            level = (level.get(value) ?? step(level, depth, value, row));
        }
        const value = readers[last](row);
        total((level.get(value) ?? step(level, last, value, row)), row);
    };
}
//# sourceMappingURL=group-index.js.map