import { canonicalFieldName, NOT_A_COUNT, readCount, readFieldValue, showValue, type RowShape } from '@pcaq/core';
import { columnCount } from './problems/column-count.js';
import { invalidCount } from './problems/invalid-count.js';
import type { ProblemInit } from './read-problem.js';
import type { TextPosition } from './csv-splitter.js';
import { createInterner, type InternColumns } from './interner.js';
import type { RowSink } from './row-sink.js';
import type { ReadRow, ReadValue } from './types.js';

/** The licence-usage fields in the order of the source page's example (the literal below follows it). */
const LICENSE_USAGE_FIELDS = [
  'processedDateTime', 'workloadCode', 'workloadName', 'serviceCode', 'serviceName', 'channel',
  'customerTenantId', 'customerName', 'productId', 'productName', 'licensesActive', 'licensesQualified',
];

/**
 * Builds rows from CSV records for a checked header: checks the cell count, reads counts, makes
 * empty cells null and interns text, then hands the row (or the problem, at the position of the
 * cell it is in, from `locate`) to the sink.
 *
 * The schema's row shape (docs/evaluation.md, "Rows") says which columns are counts and which
 * names are aliases. When the header holds exactly the licence-usage fields (in any order) rows
 * are built by one object literal in the source page's field order: every row then shares one
 * shape, built without a keyed store per cell (a store per cell through a variable name is
 * megamorphic in V8 and was the largest cost of reading after csv-parse itself). When it holds
 * exactly another schema's fields, rows are built in the schema's field order (one shape still,
 * with keyed stores). Other headers keep the file's column order.
 *
 * @example
 * ```ts
 * const build = createCsvRowBuilder(rowShape(LICENSE_USAGE_SCHEMA), ['workloadCode', 'licenseActive'], sink, true, (cell) => splitter.cellPosition(cell));
 * build(['SFB', '3'], 2); // sink receives { workloadCode: 'SFB', licensesActive: 3 }
 * ```
 */
export function createCsvRowBuilder(
  shape: RowShape,
  header: readonly string[],
  sink: RowSink,
  internColumns: InternColumns,
  locate: (cell: number) => TextPosition,
): (cells: string[], line: number) => void {
  const names = header.map((name) => canonicalFieldName(shape, name, (field) => header.includes(field)));
  const intern = createInterner(internColumns);
  const interned = names.map((name) => (typeof internColumns === 'boolean' ? internColumns : internColumns.includes(name)));
  const problem = (cell: number, init: ProblemInit): void => sink.problem(locate(cell), init);
  // Booleans and "no value" dates are read by the schema's kinds (docs/evaluation.md, "Rows").
  const typed = names.map((name) => shape.booleanFields.has(name) || shape.nullValues.has(name));
  const text = (cells: readonly string[], i: number): ReadValue => {
    const cell = cells[i]!;
    if (cell === '') return null;
    if (typed[i]) {
      const read = readFieldValue(shape, names[i]!, cell);
      if (typeof read !== 'string') return read;
    }
    // Calling the interner only for the columns it keeps saves a call per cell (measured ~10% of reading).
    return interned[i] ? intern(i, names[i]!, cell) : cell;
  };
  const count = (cells: readonly string[], i: number): ReadValue | typeof NOT_A_COUNT => {
    const value = readCount(cells[i]);
    if (value === NOT_A_COUNT) problem(i, invalidCount(names[i]!, showValue(cells[i])));
    return value ?? null;
  };
  const checkLength = (cells: readonly string[]): boolean => {
    if (cells.length === names.length) return true;
    // Too many: at the first cell past the header's; too few: where the record ends.
    problem(Math.min(cells.length, names.length), columnCount(names.length, cells.length));
    return false;
  };

  const isCount = names.map((name) => shape.countFields.has(name));
  const isHeaderOf = (fields: readonly string[]): boolean =>
    names.length === fields.length && fields.every((name) => names.includes(name)) && new Set(names).size === names.length;
  const at = LICENSE_USAGE_FIELDS.map((name) => names.indexOf(name));
  const licenseCounts = ['licensesActive', 'licensesQualified'];
  const isLicenseShape = isHeaderOf(shape.fields) && isHeaderOf(LICENSE_USAGE_FIELDS) && licenseCounts.every((name) => shape.countFields.has(name)) && shape.countFields.size === 2;
  if (isLicenseShape) {
    const [i0, i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11] = at as [number, number, number, number, number, number, number, number, number, number, number, number];
    return (cells, line) => {
      if (!checkLength(cells)) return;
      const active = count(cells, i10);
      if (active === NOT_A_COUNT) return;
      const qualified = count(cells, i11);
      if (qualified === NOT_A_COUNT) return;
      // Literal property names, not computed ones: only a plain literal gets one shape, built fast.
      const row: ReadRow = {
        processedDateTime: text(cells, i0), workloadCode: text(cells, i1), workloadName: text(cells, i2),
        serviceCode: text(cells, i3), serviceName: text(cells, i4), channel: text(cells, i5),
        customerTenantId: text(cells, i6), customerName: text(cells, i7), productId: text(cells, i8),
        productName: text(cells, i9), licensesActive: active, licensesQualified: qualified,
      };
      sink.accept(row, line, 1);
    };
  }

  // A schema's whole header: rows built in the schema's field order, so they share one shape.
  const order = isHeaderOf(shape.fields) ? shape.fields.map((name) => names.indexOf(name)) : names.map((_, i) => i);
  return (cells, line) => {
    if (!checkLength(cells)) return;
    const row: Record<string, ReadValue> = {};
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      const value = isCount[i] ? count(cells, i) : text(cells, i);
      if (value === NOT_A_COUNT) return;
      row[names[i]!] = value;
    }
    sink.accept(row, line, 1);
  };
}
