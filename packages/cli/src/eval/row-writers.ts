import type { BufferedOutput } from './buffered-output.js';
import { exactJsonRow, exactJsonValue } from './exact-json.js';
import { renderTable } from './table.js';

/** A row as the writers see it. */
export type OutputRow = Readonly<Record<string, unknown>>;

/** How the result ends: the envelope's other members. */
export interface ResultTail {
  readonly totalCount: number;
  readonly nextLink: string | null;
}

/**
 * Writes result rows in one output format as they come, then the end of the result.
 *
 * @example
 * ```ts
 * const writer = createRowWriter('ndjson', out, undefined);
 * writer.row({ workloadCode: 'SFB' });
 * writer.end({ totalCount: 1, nextLink: null });
 * ```
 */
export interface RowWriter {
  row(row: OutputRow): void;
  end(tail: ResultTail): void;
}

/**
 * The output formats of `pcaq eval`.
 *
 * @example
 * ```ts
 * const format: OutputFormat = 'table';
 * ```
 */
export type OutputFormat = 'json' | 'ndjson' | 'csv' | 'table';

/**
 * A writer for `format`. `json` is the service's envelope `{ "Value": [...], "@nextLink": ...,
 * "TotalCount": N }`, one row per line, streamed; `ndjson` one row per line; `csv` a header (the
 * `columns` given, else the first row's keys) then one line per row; `table` an aligned table
 * for people (numbers right-aligned), held until the end to measure column widths.
 *
 * @example
 * ```ts
 * createRowWriter('csv', out, ['workloadCode', 'licensesActive']);
 * ```
 */
export function createRowWriter(format: OutputFormat, out: BufferedOutput, columns: readonly string[] | undefined): RowWriter {
  switch (format) {
    case 'json':
      return jsonWriter(out);
    case 'ndjson':
      return { row: (row) => out.write(exactJsonRow(row) + '\n'), end: () => undefined };
    case 'csv':
      return csvWriter(out, columns);
    case 'table': {
      const rows: OutputRow[] = [];
      return { row: (row) => rows.push(row), end: (tail) => out.write(renderTable(rows, columns, tail)) };
    }
  }
}

// The envelope opens with the first row (or at the end), so input that fails before any row is
// known leaves stdout empty rather than holding half a document.
function jsonWriter(out: BufferedOutput): RowWriter {
  let count = 0;
  const head = '{\n  "Value": [';
  return {
    row(row) {
      out.write(`${count++ === 0 ? `${head}\n` : ',\n'}    ${exactJsonRow(row)}`);
    },
    end(tail) {
      const close = count === 0 ? `${head}]` : '\n  ]';
      out.write(`${close},\n  "@nextLink": ${exactJsonValue(tail.nextLink)},\n  "TotalCount": ${tail.totalCount}\n}\n`);
    },
  };
}

function csvWriter(out: BufferedOutput, given: readonly string[] | undefined): RowWriter {
  let columns = given;
  if (columns) out.write(columns.map(csvCell).join(',') + '\r\n');
  return {
    row(row) {
      if (!columns) {
        columns = Object.keys(row);
        out.write(columns.map(csvCell).join(',') + '\r\n');
      }
      out.write(columns.map((name) => csvCell(row[name])).join(',') + '\r\n');
    },
    end: () => undefined,
  };
}

/**
 * One CSV cell (RFC 4180): missing values empty, numbers exact, text quoted when it holds a
 * comma, a quote, a line break or surrounding spaces (quotes doubled).
 *
 * @example
 * ```ts
 * csvCell('a, "b"'); // '"a, ""b"""'
 * csvCell(null);     // ''
 * ```
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : exactJsonValue(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
