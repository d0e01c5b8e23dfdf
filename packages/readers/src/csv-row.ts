import { canonicalFieldName, NOT_A_COUNT, readCount, readFieldValue, rowMaker, showValue, type RowShape } from '@pcaq/core';
import { columnCount } from './problems/column-count.js';
import { invalidCount } from './problems/invalid-count.js';
import type { ProblemInit } from './read-problem.js';
import type { TextPosition } from './csv-splitter.js';
import { createInterner, type InternColumns } from './interner.js';
import type { RowSink } from './row-sink.js';
import type { ReadRow, ReadValue } from './types.js';

/**
 * Builds rows from CSV records for a checked header: checks the cell count, reads counts, makes
 * empty cells null and interns text, then hands the row (or the problem, at the position of the
 * cell it is in, from `locate`) to the sink.
 *
 * The schema's row shape (docs/evaluation.md, "Rows") says which columns are counts and which
 * names are aliases. Rows keep the file's column order, and every row comes from one `rowMaker`,
 * so all rows share one fast shape whatever the width.
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
  // Rows keep the file's column order, as JSON rows keep their key order. Every row comes from one
  // maker, so all share one fast shape (core's rowMaker says why).
  const make = rowMaker(names);
  const values: ReadValue[] = [];
  return (cells, line) => {
    if (!checkLength(cells)) return;
    for (let i = 0; i < names.length; i++) {
      const value = isCount[i] ? count(cells, i) : text(cells, i);
      if (value === NOT_A_COUNT) return;
      values[i] = value;
    }
    const row = make(values) as ReadRow;
    sink.accept(row, line, 1);
  };
}
