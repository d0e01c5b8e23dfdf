import { didYouMean, LICENSE_USAGE_SCHEMA, rowShape, similarNames, type Schema } from '@pcaq/core';
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
 * const problem: HeaderProblem = { code: 'csv-header', cell: 2, message: "column 'channel' is named twice" };
 * ```
 */
export interface HeaderProblem {
  readonly code: Extract<ReadProblemCode, 'csv-header' | 'csv-no-header'>;
  /** The cell the problem is in (0-based). */
  readonly cell: number;
  readonly message: string;
  readonly hint?: string;
}

/**
 * Checks a CSV file's first line as a header (docs/evaluation.md, "CSV header"), in this order:
 * at least one cell must name a field of the schema's rows (default: licence usage), exactly or but for a typo (else
 * the file has no header line: `csv-no-header`); no column may be unnamed; no name may appear twice, ignoring case (the
 * SQL engines match column names ignoring case, so `Channel` and `channel` would be one column
 * there); and a name that is not a field but is one letter-case or a typo away from a field the
 * header lacks (`WorkloadCode`, `licenseQualified`) is an error with the fix, since its values would
 * otherwise be silently missing from every comparison. Other unknown columns are kept as read.
 *
 * @example
 * ```ts
 * checkCsvHeader(['channel', 'licensesActive']);         // undefined
 * checkCsvHeader(['channel', 'Channel'])?.code;          // 'csv-header'
 * checkCsvHeader(['0112a436-b14e-4888-967b-ca4bb2cf1234', '3'])?.code; // 'csv-no-header'
 * ```
 */
export function checkCsvHeader(names: readonly string[], schema: Schema = LICENSE_USAGE_SCHEMA): HeaderProblem | undefined {
  const known = knownColumns(schema);
  const namesAField = (name: string): boolean => known.includes(name) || similarNames(name, known).length > 0;
  if (!names.some(namesAField)) return noHeader(names, schema.name, known);
  const seen = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (name === '') return { code: 'csv-header', cell: i, message: `column ${i + 1} of the header has no name` };
    const folded = name.toLowerCase();
    const first = seen.get(folded);
    if (first !== undefined) {
      const same = names[first] === name ? '' : ` (as '${names[first]}')`;
      return { code: 'csv-header', cell: i, message: `column '${name}' is named twice in the header: columns ${first + 1}${same} and ${i + 1}`, hint: 'rename or remove one of them' };
    }
    seen.set(folded, i);
  }
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (known.includes(name)) continue;
    const missing = similarNames(name, known).filter((known) => !names.includes(known));
    if (missing.length > 0) {
      return { code: 'csv-header', cell: i, message: `unknown column '${name}'.${didYouMean(missing)}`, hint: `rename the column to '${missing[0]}'` };
    }
  }
  return undefined;
}

const LOOKS_LIKE_DATA = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+|\d{4}-\d\d-\d\d.*)$/i;

function noHeader(names: readonly string[], rows: string, known: readonly string[]): HeaderProblem {
  const shown = names.slice(0, 3).map((name) => `'${name.length > 40 ? `${name.slice(0, 40)}...` : name}'`).join(', ');
  const data = names.some((name) => LOOKS_LIKE_DATA.test(name));
  return {
    code: 'csv-no-header',
    cell: 0,
    message: `the first line is not a header: it names none of the fields of ${rows} rows (it begins ${shown}${data ? ', which looks like data' : ''})`,
    hint: `a CSV file must begin with a header line naming its columns, such as ${known.slice(0, 3).join(',')},...`,
  };
}
