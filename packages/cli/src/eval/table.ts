import { exactJsonValue } from './exact-json.js';
import type { OutputRow, ResultTail } from './row-writers.js';

/**
 * An aligned text table of rows: a header, a rule, one line per row (numbers right-aligned,
 * missing values blank), then how many rows of the total are shown and the next page's link.
 *
 * @example
 * ```ts
 * renderTable([{ workloadCode: 'SFB', licensesActive: 12 }], undefined, { totalCount: 1, nextLink: null });
 * // workloadCode  licensesActive
 * // ------------  --------------
 * // SFB                       12
 * //
 * // 1 row
 * ```
 */
export function renderTable(rows: readonly OutputRow[], given: readonly string[] | undefined, tail: ResultTail): string {
  const columns = given ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cells = rows.map((row) => columns.map((name) => cellText(row[name])));
  const numeric = columns.map((name) => rows.some((row) => isNumber(row[name])) && rows.every((row) => isNumber(row[name]) || row[name] == null));
  const widths = columns.map((name, i) => Math.max(name.length, ...cells.map((line) => line[i]!.length)));
  const pad = (text: string, i: number): string => (numeric[i] ? text.padStart(widths[i]!) : text.padEnd(widths[i]!));
  const line = (texts: readonly string[]): string => texts.map(pad).join('  ').trimEnd() + '\n';
  let out = columns.length > 0 ? line(columns) + line(widths.map((w) => '-'.repeat(w))) : '';
  for (const texts of cells) out += line(texts);
  const shown = rows.length === tail.totalCount ? `${rows.length} row${rows.length === 1 ? '' : 's'}` : `${rows.length} of ${tail.totalCount} rows`;
  out += `${columns.length > 0 ? '\n' : ''}${shown}\n`;
  if (tail.nextLink !== null) out += `next page: ${tail.nextLink}\n`;
  return out;
}

function isNumber(value: unknown): boolean {
  return typeof value === 'number' || typeof value === 'bigint';
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : exactJsonValue(value);
  // Control characters would break the alignment: show them escaped.
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}
