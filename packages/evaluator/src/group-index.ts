import { findField, rowShape, type Schema } from '@pcaq/core';
import { ExactSum } from './exact-sum.js';
import { fieldReader, type FieldReader } from './field-access.js';
import { createCanonicalValue } from './text-equality.js';
import type { Row, RowValue } from './types.js';

/**
 * One group: the values shown for it (its first row's group fields, then its processed date) and
 * the sums of the schema's count fields. Only those values are kept, not the first row: a row read
 * from a file may hold views into the text it was cut from, and a group outlives its row
 * (docs/performance.md, "CSV"). The first two sums live in the group itself as plain numbers (a
 * separate object per sum costs a cache miss per row with tens of thousands of groups; licence
 * usage has two counts); past 2^53 - 1 they continue exactly in an {@link ExactSum}. Sums of
 * further count fields (other schemas) are {@link ExactSum}s from the start.
 */
class Group {
  first = 0;
  second = 0;
  firstOverflow: ExactSum | null = null;
  secondOverflow: ExactSum | null = null;
  constructor(
    // The shown values as fields, not an array: a group then costs one allocation, as it did when it
    // held its first row (groups are made again for every later processed date found).
    private readonly firstField: RowValue | undefined,
    private readonly secondField: RowValue | undefined,
    private readonly others: readonly (RowValue | undefined)[] | null,
    readonly processedDateTime: RowValue | undefined,
    readonly more: readonly ExactSum[] | null,
  ) {}

  /** The shown value of group field `i`. */
  shown(i: number): RowValue | undefined {
    return i === 0 ? this.firstField : i === 1 ? this.secondField : this.others![i - 2];
  }

  add(first: RowValue | undefined, second: RowValue | undefined): void {
    if (typeof first === 'number' && this.firstOverflow === null && this.first + first <= Number.MAX_SAFE_INTEGER) this.first += first;
    else (this.firstOverflow ??= new ExactSum()).add(first);
    if (typeof second === 'number' && this.secondOverflow === null && this.second + second <= Number.MAX_SAFE_INTEGER) this.second += second;
    else (this.secondOverflow ??= new ExactSum()).add(second);
  }

  /** Sum `i` of the schema's count fields, in schema order. */
  sum(i: number): number | bigint {
    return i === 0 ? total(this.first, this.firstOverflow) : i === 1 ? total(this.second, this.secondOverflow) : this.more![i - 2]!.value();
  }
}

function total(small: number, overflow: ExactSum | null): number | bigint {
  if (overflow === null) return small;
  const sum = BigInt(overflow.value()) + BigInt(small);
  return sum <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(sum) : sum;
}

/** One per row: `1` for a count whose aggregate is `rows` (docs/evaluation.md, "Rows"). */
const ONE_PER_ROW: FieldReader = () => 1;

/** What a group adds of a row for one count field: the field's value, or 1 for a row count. */
function countReader(schema: Schema, name: string): FieldReader {
  return findField(schema, name)?.aggregate === 'rows' ? ONE_PER_ROW : fieldReader(name);
}

/** A level of the index: raw value -> next level, or -> group at the last field. */
type Level = Map<RowValue | undefined, Level | Group>;

/**
 * The groups of a `groupby`, each shown as the group fields, then the schema's count fields in
 * schema order (summed exactly), then `processedDateTime` (docs/evaluation.md, "Rows"). They are
 * kept as nested `Map`s keyed by each field's raw value, one level per
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
  private readonly root: Level = new Map();
  private readonly groups: Group[] = [];
  /** Adds a row to its group, creating the group on its first row. */
  readonly add: (row: Row) => void;
  private readonly readers: readonly FieldReader[];
  /** The count fields, in schema order, and what a group adds of a row for each. */
  private readonly countNames: readonly string[];
  private readonly countReaders: readonly FieldReader[];

  constructor(
    private readonly fields: readonly string[],
    schema: Schema,
    caseSensitive: boolean,
    /** Whether grouped rows show `processedDateTime` (schemas that select a snapshot by it: docs/evaluation.md, "Rows"). */
    private readonly dated = true,
  ) {
    const shape = rowShape(schema);
    const readers = fields.map(fieldReader);
    this.readers = readers;
    this.countNames = [...shape.countFields];
    this.countReaders = this.countNames.map((name) => countReader(schema, name));
    const canonical = fields.map((name) => createCanonicalValue(!caseSensitive || shape.guidFields.has(name)));
    const step = (level: Level, depth: number, value: RowValue | undefined, row: Row): Level | Group => {
      const canon = canonical[depth]!(value);
      let child = level.get(canon);
      if (child === undefined) {
        child = depth === readers.length - 1 ? this.newGroup(row) : new Map();
        level.set(canon, child);
      }
      if (canon !== value) level.set(value, child);
      return child;
    };
    this.add = specialisedAdd(this.root, readers, this.countReaders, step);
  }

  /** How many groups there are so far. */
  get size(): number {
    return this.groups.length;
  }

  /** The output rows, in order of first appearance: group fields, sums, processed date. */
  rows(from = 0, to = this.groups.length): Row[] {
    return this.groups.slice(from, to).map((group) => {
      const row: Record<string, RowValue> = {};
      this.fields.forEach((name, i) => (row[name] = group.shown(i) ?? null));
      this.countNames.forEach((name, i) => (row[name] = group.sum(i)));
      if (this.dated) row.processedDateTime = group.processedDateTime ?? null;
      return row;
    });
  }

  private newGroup(first: Row): Group {
    // Read with the fields' own readers: one property load site each.
    const { readers } = this;
    const others = readers.length > 2 ? readers.slice(2).map((read) => read(first)) : null;
    const extra = this.countReaders.length - 2;
    const more = extra > 0 ? Array.from({ length: extra }, () => new ExactSum()) : null;
    const group = new Group(readers[0]!(first), readers[1]?.(first), others, first.processedDateTime, more);
    this.groups.push(group);
    return group;
  }
}

type Step = (level: Level, depth: number, value: RowValue | undefined, row: Row) => Level | Group;

/**
 * The per-row function, unrolled for one and two fields (the common cases: each read and lookup
 * then has its own call site, which V8 keeps monomorphic) and a loop beyond.
 */
function specialisedAdd(root: Level, readers: readonly FieldReader[], counts: readonly FieldReader[], step: Step): (row: Row) => void {
  const total = sumsAdder(counts);
  const [first, second] = readers;
  if (first && readers.length === 1) {
    return (row) => {
      const value = first(row);
      total((root.get(value) ?? step(root, 0, value, row)) as Group, row);
    };
  }
  if (first && second && readers.length === 2) {
    return (row) => {
      const a = first(row);
      const level = (root.get(a) ?? step(root, 0, a, row)) as Level;
      const b = second(row);
      total((level.get(b) ?? step(level, 1, b, row)) as Group, row);
    };
  }
  const last = readers.length - 1;
  return (row) => {
    let level = root;
    for (let depth = 0; depth < last; depth++) {
      const value = readers[depth]!(row);
      level = (level.get(value) ?? step(level, depth, value, row)) as Level;
    }
    const value = readers[last]!(row);
    total((level.get(value) ?? step(level, last, value, row)) as Group, row);
  };
}

/**
 * The per-row addition of the counts, specialised like the lookups: the first two counts go to the
 * group's plain-number sums (nothing to read when the schema has fewer), the rest to its exact sums.
 */
function sumsAdder(counts: readonly FieldReader[]): (group: Group, row: Row) => void {
  const none: FieldReader = () => undefined;
  const [first = none, second = none] = counts;
  if (counts.length <= 2) return (group, row) => group.add(first(row), second(row));
  const rest = counts.slice(2);
  return (group, row) => {
    group.add(first(row), second(row));
    const more = group.more!;
    for (let i = 0; i < rest.length; i++) more[i]!.add(rest[i]!(row));
  };
}
