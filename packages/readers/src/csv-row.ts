import { LICENSE_USAGE_SCHEMA, rowShape } from '@pcaq/core';
import { showValue } from '@pcaq/core';
import { canonicalFieldName, COUNT_FIELDS, invalidCountMessage, NOT_A_COUNT, readCount } from './counts.js';
import type { TextPosition } from './csv-splitter.js';
import { createInterner, type InternColumns } from './interner.js';
import type { RowSink } from './row-sink.js';
import type { ReadRow, ReadValue } from './types.js';

// The licence-usage rows until the readers and the evaluator take a schema (docs/evaluation.md, "Rows").
const LICENSE_ROW_SHAPE = rowShape(LICENSE_USAGE_SCHEMA);

/** The response's fields in the order of the source page's example (the literal below follows it). */
const RESPONSE_FIELDS = [
  'processedDateTime', 'workloadCode', 'workloadName', 'serviceCode', 'serviceName', 'channel',
  'customerTenantId', 'customerName', 'productId', 'productName', 'licensesActive', 'licensesQualified',
];

/**
 * Builds rows from CSV records for a checked header: checks the cell count, reads counts, makes
 * empty cells null and interns text, then hands the row (or the problem, at the position of the
 * cell it is in, from `locate`) to the sink.
 *
 * When the header holds exactly the twelve response fields (in any order) rows are built by one
 * object literal in the source page's field order: every row then shares one shape, built without
 * a keyed store per cell (a store per cell through a variable name is megamorphic in V8 and was
 * the largest cost of reading after csv-parse itself). Other headers keep the file's column order.
 *
 * @example
 * ```ts
 * const build = createCsvRowBuilder(['workloadCode', 'licenseActive'], sink, true, (cell) => splitter.cellPosition(cell));
 * build(['SFB', '3'], 2); // sink receives { workloadCode: 'SFB', licensesActive: 3 }
 * ```
 */
export function createCsvRowBuilder(
  header: readonly string[],
  sink: RowSink,
  internColumns: InternColumns,
  locate: (cell: number) => TextPosition,
): (cells: string[], line: number) => void {
  const names = header.map((name) => canonicalFieldName(LICENSE_ROW_SHAPE, name, (field) => header.includes(field)));
  const intern = createInterner(internColumns);
  const interned = names.map((name) => (typeof internColumns === 'boolean' ? internColumns : internColumns.includes(name)));
  const problem = (cell: number, code: 'column-count' | 'invalid-count', message: string): void =>
    sink.problem({ file: sink.file, ...locate(cell), code, message });
  const text = (cells: readonly string[], i: number): ReadValue => {
    const cell = cells[i]!;
    if (cell === '') return null;
    // Calling the interner only for the columns it keeps saves a call per cell (measured ~10% of reading).
    return interned[i] ? intern(i, names[i]!, cell) : cell;
  };
  const count = (cells: readonly string[], i: number): ReadValue | typeof NOT_A_COUNT => {
    const value = readCount(cells[i]);
    if (value === NOT_A_COUNT) problem(i, 'invalid-count', invalidCountMessage(names[i]!, showValue(cells[i])));
    return value ?? null;
  };
  const checkLength = (cells: readonly string[]): boolean => {
    if (cells.length === names.length) return true;
    // Too many: at the first cell past the header's; too few: where the record ends.
    problem(Math.min(cells.length, names.length), 'column-count', `expected ${names.length} columns (as in the header), found ${cells.length}`);
    return false;
  };

  const at = RESPONSE_FIELDS.map((name) => names.indexOf(name));
  const isResponseHeader = names.length === RESPONSE_FIELDS.length && at.every((i) => i >= 0) && new Set(names).size === names.length;
  if (isResponseHeader) {
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

  const isCount = names.map((name) => COUNT_FIELDS.has(name));
  return (cells, line) => {
    if (!checkLength(cells)) return;
    const row: Record<string, ReadValue> = {};
    for (let i = 0; i < names.length; i++) {
      const value = isCount[i] ? count(cells, i) : text(cells, i);
      if (value === NOT_A_COUNT) return;
      row[names[i]!] = value;
    }
    sink.accept(row, line, 1);
  };
}
