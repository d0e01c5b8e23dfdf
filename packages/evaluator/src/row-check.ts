import { canonicalFieldName, createDiagnostic, NOT_A_COUNT, readCount, readFieldValue, type Diagnostic, type DiagnosticInit, type RowShape } from '@pcaq/core';
import { fieldReader, fieldTest, type FieldReader } from './field-access.js';
import { allOf } from './predicate-combinators.js';
import { describeInput } from './row-source.js';
import { invalidCount } from './rules/invalid-count.js';
import { invalidRows } from './rules/invalid-rows.js';
import { valueTooDeep } from './rules/value-too-deep.js';
import { MAX_VALUE_DEPTH, textOf, ValueTooDeep } from './text-equality.js';
import type { Row, RowValue } from './types.js';

/**
 * How many bad rows are reported; the rest are counted only. A file with a systematic problem
 * would otherwise produce one diagnostic per row.
 *
 * @example
 * ```ts
 * declare const rows: Row[];
 * declare const query: CheckedQuery;
 * evaluate(rows, query).diagnostics.length <= MAX_ROW_DIAGNOSTICS; // true when only rows are bad
 * ```
 */
export const MAX_ROW_DIAGNOSTICS = 100;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A count already in its final form: a safe non-negative integer, a `bigint` past 2^53 - 1, or missing. */
function isCleanCount(value: RowValue | undefined): boolean {
  if (typeof value === 'number') return value >= 0 && value <= Number.MAX_SAFE_INTEGER && value % 1 === 0;
  return value == null || (typeof value === 'bigint' && value > MAX_SAFE);
}

/** A count that is valid, in any of its forms: what `readCount` accepts. */
function isValidCount(value: RowValue | undefined): boolean {
  // Numbers first and inline: nearly every count is one (docs/evaluation.md, "Performance design").
  if (typeof value === 'number') return value >= 0 && value <= Number.MAX_SAFE_INTEGER && Math.floor(value) === value;
  return value == null || readCount(value) !== NOT_A_COUNT;
}

/**
 * "Every count is valid", read with each count's own reader and unrolled for up to three counts
 * (every endpoint has at most two, and licence usage one alias): on every row, so without the
 * extra call of a row test per field (docs/evaluation.md, "Performance design").
 */
function countsValidator(readers: readonly FieldReader[]): (row: Row) => boolean {
  const [a, b, c] = readers;
  if (readers.length === 0) return () => true;
  if (a && readers.length === 1) return (row) => isValidCount(a(row));
  if (a && b && readers.length === 2) return (row) => isValidCount(a(row)) && isValidCount(b(row));
  if (a && b && c && readers.length === 3) return (row) => isValidCount(a(row)) && isValidCount(b(row)) && isValidCount(c(row));
  return (row) => readers.every((read) => isValidCount(read(row)));
}

/** The tests a {@link RowChecker} runs, made once per row shape and set of fields read first. */
interface RowChecks {
  readonly deferring: boolean;
  readonly typedNames: readonly string[];
  readonly usesAlias: (row: Row) => boolean;
  readonly isClean: (row: Row) => boolean;
  readonly countsValid: (row: Row) => boolean;
  readonly readFirstClean: (row: Row) => boolean;
}

/**
 * The row checks are made once per row shape and set of fields, not per run: a run's own closures
 * would be inlined into the evaluator's optimised code, and V8 throws that code away when the run
 * is collected, so every later run would start unoptimised (docs/evaluation.md, "Performance design").
 */
const checksByShape = new WeakMap<RowShape, Map<string, RowChecks>>();

function rowChecksOf(shape: RowShape, readFirst: ReadonlySet<string> | undefined): RowChecks {
  const key = readFirst === undefined ? '' : `\u0000${[...readFirst].sort().join('\u0000')}`;
  let byFields = checksByShape.get(shape);
  if (byFields === undefined) checksByShape.set(shape, (byFields = new Map()));
  let checks = byFields.get(key);
  if (checks === undefined) byFields.set(key, (checks = makeRowChecks(shape, readFirst)));
  return checks;
}

function makeRowChecks(shape: RowShape, readFirst: ReadonlySet<string> | undefined): RowChecks {
  const deferring = readFirst !== undefined && ![...readFirst].some((name) => shape.countFields.has(shape.aliases.get(name) ?? name));
  const aliasPairs = [...shape.aliases];
  // Booleans given as text and "no value" dates are read as the readers read them (docs/evaluation.md, "Rows").
  const typedNames = [...new Set([...shape.booleanFields, ...shape.nullValues.keys()])];
  const aliasNames = [...shape.aliases.keys()];
  // Each test reads its field with the field's own reader (field-access.ts), and the tests are
  // joined by unrolled closures: a handful of monomorphic loads and comparisons per row.
  const typedClean = (name: string): ((row: Row) => boolean) => fieldTest(name, (value) => typeof value !== 'string' || readFieldValue(shape, name, value) === value);
  const aliasClean = ([alias, name]: readonly [string, string]): ((row: Row) => boolean) => {
    const field = fieldReader(name);
    const spelled = fieldReader(alias);
    return (row) => field(row) !== undefined || spelled(row) === undefined;
  };
  const countAliases = aliasPairs.filter(([, name]) => shape.countFields.has(name)).map(([alias]) => alias);
  const first = readFirst ?? new Set<string>();
  return {
    deferring,
    typedNames,
    usesAlias: (row) => aliasNames.some((alias) => Object.hasOwn(row, alias)),
    isClean: allOf([...[...shape.countFields].map((name) => fieldTest(name, isCleanCount)), ...typedNames.map(typedClean), ...aliasPairs.map(aliasClean)]),
    countsValid: countsValidator([...shape.countFields, ...countAliases].map(fieldReader)),
    readFirstClean: allOf([...typedNames.filter((name) => first.has(name)).map(typedClean), ...aliasPairs.filter(([, name]) => first.has(name)).map(aliasClean)]),
  };
}

/**
 * Checks and normalises rows one at a time, by the schema's row shape (docs/evaluation.md, "Rows"
 * and "Input tolerance"): an alias (`licenseActive`) is read as its field (`licensesActive`),
 * a boolean given as text (`'TRUE'`) as the boolean, a field's "no value" date as null,
 * counts given as numeric strings become numbers, and a count that is not a non-negative integer
 * is a `PCAQ0501` diagnostic naming the row (a row that is not an object, `PCAQ0502`).
 *
 * The work is split around the filter (docs/evaluation.md, "Performance design"): `check`, on
 * every row, rejects bad rows and makes ready only the fields read before and by the filter
 * (`readFirst`); `complete`, on the rows that passed, normalises the rest. A row that needs
 * converting is copied, and most rows fail the filter, so most copies are never made. Without
 * `readFirst` (a filter that reads counts, or none), `check` does it all and `complete` returns
 * its argument.
 *
 * @example
 * ```ts
 * const checker = new RowChecker(rowShape(LICENSE_USAGE_SCHEMA));
 * checker.check({ licenseActive: '7' }, 1); // { licensesActive: 7 }
 * checker.check({ licensesActive: -3 }, 2); // undefined; checker.diagnostics[0].line === 2
 * ```
 */
export class RowChecker {
  /** The bad rows' diagnostics, the first {@link MAX_ROW_DIAGNOSTICS} of them. */
  readonly diagnostics: Diagnostic[] = [];
  /** How many rows were bad, reported or not. */
  badRows = 0;
  /** The tests this checker runs, shared by every checker of the same shape and fields. */
  private readonly checks: RowChecks;

  /**
   * @param readFirst - the fields read before `complete` (the filter's, the processed date):
   *   only these are made ready by `check`. Undefined: every field is (no deferring).
   */
  constructor(
    private readonly shape: RowShape,
    readFirst?: ReadonlySet<string>,
  ) {
    this.checks = rowChecksOf(shape, readFirst);
  }

  /** The row fit for the filter, or `undefined` for a bad row (reported). */
  check(row: unknown, rowNumber: number): Row | undefined {
    if (typeof row !== 'object' || row === null) return this.reject(invalidRows(`${describeInput(row)} as row ${rowNumber}`, rowNumber));
    const candidate = row as Row;
    const checks = this.checks;
    if (checks.deferring) return checks.countsValid(candidate) && checks.readFirstClean(candidate) ? candidate : this.normalise(candidate, rowNumber);
    // The fast path, every clean row: counts are safe non-negative integers or missing, and no
    // alias stands in for a missing field. A few property reads and comparisons.
    return checks.isClean(candidate) ? candidate : this.normalise(candidate, rowNumber);
  }

  /** The row `check` gave, normalised in full: the same object when it needs nothing done. */
  complete(row: Row, rowNumber: number): Row {
    // `check` validated every count, so normalising cannot reject here.
    return !this.checks.deferring || this.checks.isClean(row) ? row : (this.normalise(row, rowNumber) ?? row);
  }

  /**
   * Converts the counts and typed fields of a row that uses no alias: a copy of the row with only
   * those fields rewritten (a count given as text is common in grouped exports, so this path is
   * taken often; docs/evaluation.md, "Performance design").
   */
  private convert(row: Row, rowNumber: number): Row | undefined {
    let copy: Record<string, RowValue | undefined> | undefined;
    for (const name of this.shape.countFields) {
      const value: unknown = row[name];
      if (isCleanCount(value as RowValue | undefined)) continue;
      const count = readCount(value);
      if (count === NOT_A_COUNT) return this.reject(invalidCount(rowNumber, name, value));
      (copy ??= { ...row })[name] = count;
    }
    for (const name of this.checks.typedNames) {
      const value = row[name];
      const read = readFieldValue(this.shape, name, value);
      if (read !== value) (copy ??= { ...row })[name] = read;
    }
    return copy ?? row;
  }

  /** The slow path: renames, converts, or reports the first bad count of the row. */
  private normalise(row: Row, rowNumber: number): Row | undefined {
    if (!this.checks.usesAlias(row)) return this.convert(row, rowNumber);
    const copy: Record<string, RowValue | undefined> = {};
    let changed = false;
    for (const key of Object.keys(row)) {
      const name = canonicalFieldName(this.shape, key, (field) => row[field] !== undefined);
      const value: unknown = row[key];
      if (!this.shape.countFields.has(name)) {
        const read = readFieldValue(this.shape, name, value as RowValue | undefined);
        copy[name] = read;
        if (name !== key || read !== value) changed = true;
        continue;
      }
      const count = readCount(value);
      if (count === NOT_A_COUNT) return this.reject(invalidCount(rowNumber, key, value));
      // `{ licensesActive: undefined, licenseActive: 3 }`: the undefined key must not hide the 3.
      if (count !== undefined || !Object.hasOwn(copy, name)) copy[name] = count;
      if (name !== key || count !== value) changed = true;
    }
    return changed ? copy : row;
  }

  /**
   * Reports a row one of whose text fields nests deeper than the readers allow (`PCAQ0503`), found
   * while the filter or the group-by read it.
   */
  rejectTooDeep(rowNumber: number, row: Row): void {
    const field = Object.keys(row).find((key) => isTooDeep(row[key])) ?? 'a field';
    this.reject(valueTooDeep(rowNumber, field, MAX_VALUE_DEPTH));
  }

  private reject(init: DiagnosticInit): undefined {
    this.badRows++;
    if (this.diagnostics.length < MAX_ROW_DIAGNOSTICS) this.diagnostics.push(createDiagnostic('', init));
    return undefined;
  }
}

function isTooDeep(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  try {
    textOf(value as never);
    return false;
  } catch (error) {
    if (error instanceof ValueTooDeep) return true;
    throw error;
  }
}
