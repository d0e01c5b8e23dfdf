import { displayWidth } from '../display-width.js';
import { exactJsonValue } from './exact-json.js';
import type { OutputRow, ResultTail } from './row-writers.js';

/**
 * An aligned text table of rows: a header, a rule, one line per row (numbers right-aligned,
 * missing values blank), then how many rows of the total are shown and the next page's link.
 * Columns are padded by display width, so East Asian wide characters and emoji (two columns
 * each) and combining marks (none) keep them aligned in a terminal.
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
  const cellWidths = cells.map((line) => line.map(displayWidth));
  const widths = columns.map((name, i) => cellWidths.reduce((widest, line) => Math.max(widest, line[i]!), displayWidth(name)));
  const pad = (text: string, i: number, width: number): string => {
    const fill = ' '.repeat(widths[i]! - width);
    return numeric[i] ? fill + text : text + fill;
  };
  const line = (texts: readonly string[], measured: readonly number[]): string => texts.map((text, i) => pad(text, i, measured[i]!)).join('  ').trimEnd() + '\n';
  let out = columns.length > 0 ? line(columns, columns.map(displayWidth)) + line(widths.map((w) => '-'.repeat(w)), widths) : '';
  cells.forEach((texts, r) => (out += line(texts, cellWidths[r]!)));
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
