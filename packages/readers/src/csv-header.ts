import { LICENSE_USAGE_SCHEMA, rowShape, similarNames, type Schema } from '@pcaq/core';
import { csvHeader } from './problems/csv-header.js';
import { csvNoHeader } from './problems/csv-no-header.js';
import { duplicateColumn } from './problems/duplicate-column.js';
import { unknownColumn } from './problems/unknown-column.js';
import { problemText, type ProblemInit } from './read-problem.js';
import type { ReadProblemCode } from './types.js';

/** The names a header may use for the schema's fields: the fields' own, and their aliases (`licenseActive`). */
function knownColumns(schema: Schema): readonly string[] {
  const shape = rowShape(schema);
  return [...shape.fields, ...shape.aliases.keys()];
}

/**
 * A problem with a CSV header line. Never skippable: a misread header misreads every row.
 *
 * @example
 * ```ts
 * const problem: HeaderProblem = { cell: 2, init: { code: 'PCAQ0516', args: { column: 3 } }, code: 'PCAQ0516', message: 'column 3 of the header has no name' };
 * ```
 */
export interface HeaderProblem {
  /** The cell the problem is in (0-based). */
  readonly cell: number;
  /** The problem as its producer states it, for the reader to place. */
  readonly init: ProblemInit;
  readonly code: ReadProblemCode;
  readonly message: string;
  readonly hint?: string;
}

/**
 * Checks a CSV file's first line as a header (docs/evaluation.md, "CSV header"), in this order:
 * at least one cell must name a field of the schema's rows (default: licence usage), exactly or
 * but for a typo (else the file has no header line: `PCAQ0519`); no column may be unnamed
 * (`PCAQ0516`); no name may appear twice, ignoring case (`PCAQ0517`: the SQL engines match column
 * names ignoring case, so `Channel` and `channel` would be one column there); and a name that is
 * not a field but is one letter-case or a typo away from a field the header lacks
 * (`WorkloadCode`, `licenseQualified`) is an error with the fix (`PCAQ0518`), since its values
 * would otherwise be silently missing from every comparison. Other unknown columns are kept as read.
 *
 * @example
 * ```ts
 * checkCsvHeader(['channel', 'licensesActive']);         // undefined
 * checkCsvHeader(['channel', 'Channel'])?.code;          // 'PCAQ0517'
 * checkCsvHeader(['0112a436-b14e-4888-967b-ca4bb2cf1234', '3'])?.code; // 'PCAQ0519'
 * ```
 */
export function checkCsvHeader(names: readonly string[], schema: Schema = LICENSE_USAGE_SCHEMA): HeaderProblem | undefined {
  const known = knownColumns(schema);
  const namesAField = (name: string): boolean => known.includes(name) || similarNames(name, known).length > 0;
  if (!names.some(namesAField)) return headerProblem(0, noHeader(names, schema.name, known));
  const seen = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (name === '') return headerProblem(i, csvHeader({ unnamedColumn: i + 1 }));
    const folded = name.toLowerCase();
    const first = seen.get(folded);
    if (first !== undefined) return headerProblem(i, duplicateColumn(name, first + 1, names[first]!, i + 1));
    seen.set(folded, i);
  }
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (known.includes(name)) continue;
    const [nearest, ...others] = similarNames(name, known).filter((field) => !names.includes(field));
    if (nearest !== undefined) return headerProblem(i, unknownColumn(name, [nearest, ...others]));
  }
  return undefined;
}

function headerProblem(cell: number, init: ProblemInit): HeaderProblem {
  return { cell, init, code: init.code, ...problemText(init) };
}

const LOOKS_LIKE_DATA = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+|\d{4}-\d\d-\d\d.*)$/i;

function noHeader(names: readonly string[], rows: string, known: readonly string[]): ProblemInit {
  const shown = names.slice(0, 3).map((name) => `'${name.length > 40 ? `${name.slice(0, 40)}...` : name}'`).join(', ');
  return csvNoHeader(rows, shown, names.some((name) => LOOKS_LIKE_DATA.test(name)), known.slice(0, 3).join(','));
}
