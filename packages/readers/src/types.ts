import type { Schema } from '@pcaq/core';
import type { TextEncoding } from './text-encoding.js';

/**
 * A value read from a file: text, a count (a `bigint` only past 2^53 - 1), a boolean (on a field
 * the schema types boolean), or missing (`null`).
 *
 * @example
 * ```ts
 * const values: ReadValue[] = ['SFB', 3, 9007199254740993n, true, null];
 * ```
 */
export type ReadValue = string | number | bigint | boolean | null;

/**
 * One row as read: the file's field names (with `licenseActive` renamed to `licensesActive`) in
 * the file's order. Shaped to be passed straight to `@pcaq/evaluator`.
 *
 * @example
 * ```ts
 * const row: ReadRow = { workloadCode: 'SPO', licensesActive: 0, licensesQualified: 1 };
 * ```
 */
export interface ReadRow {
  readonly [field: string]: ReadValue | undefined;
}

/**
 * The input formats. JSON is a bare array of rows or a response body `{ "Value": [...] }` /
 * `{ "value": [...] }`; NDJSON is one row object per line; CSV has a header line.
 *
 * @example
 * ```ts
 * const format: InputFormat = 'ndjson';
 * ```
 */
export type InputFormat = 'json' | 'ndjson' | 'csv';

/**
 * What was wrong with the input, and where: the readers' problem record (docs/evaluation.md, "Bad
 * input"). `code` is its entry in core's message table, which also wrote `message` and `hint`.
 * `line` and `column` are 1-based; the column counts UTF-16 code units of the decoded
 * line (a tab or an emoji's half counts one). Every problem has both.
 *
 * @example
 * ```ts
 * const problem: ReadProblem = { file: 'usage.csv', line: 7, column: 60, code: 'PCAQ0513', message: "licensesActive must be a non-negative integer written in digits; found '-1'" };
 * ```
 */
export interface ReadProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly code: ReadProblemCode;
  readonly message: string;
  /** What to do about it, when there is something to suggest (another input format or encoding, a column name). */
  readonly hint?: string;
}

/**
 * The codes of bad input (docs/diagnostics.md, `PCAQ0504`-`PCAQ0519`; docs/evaluation.md, "Bad
 * input"): entries of core's message table, whose `id` is the problem's stable name
 * (`invalid-count`). A problem confined to one row can be skipped with `skipBadRows` (malformed
 * JSON in a row, too deep, not an object, a count, a cell count, CSV quoting); one in the
 * structure of the file ends the read whatever the option.
 *
 * @example
 * ```ts
 * const code: ReadProblemCode = 'PCAQ0514'; // column-count
 * ```
 */
export type ReadProblemCode =
  | 'PCAQ0504'
  | 'PCAQ0505'
  | 'PCAQ0506'
  | 'PCAQ0507'
  | 'PCAQ0508'
  | 'PCAQ0509'
  | 'PCAQ0510'
  | 'PCAQ0511'
  | 'PCAQ0512'
  | 'PCAQ0513'
  | 'PCAQ0514'
  | 'PCAQ0515'
  | 'PCAQ0516'
  | 'PCAQ0517'
  | 'PCAQ0518'
  | 'PCAQ0519';

/**
 * Options of {@link readRows}.
 *
 * @example
 * ```ts
 * const options: ReadOptions = { format: 'csv', skipBadRows: true, onSkip: (p) => console.warn(p.line) };
 * ```
 */
export interface ReadOptions {
  /** The input format; default: from the file's extension (`.json`, `.ndjson`/`.jsonl`, `.csv`). */
  readonly format?: InputFormat;
  /** Skip rows with problems instead of stopping at the first one. */
  readonly skipBadRows?: boolean;
  /** Called for each skipped row. */
  readonly onSkip?: (problem: ReadProblem) => void;
  /** The name used in problems; default the path (`<stdin>` for `-`). */
  readonly name?: string;
  /**
   * Which text columns to intern (one string instance per distinct value): all (default), none
   * (`false`), or the named columns. Interning makes held rows smaller and the evaluator's lookups
   * cheaper, at the cost of hashing each value once while reading.
   */
  readonly intern?: boolean | readonly string[];
  /**
   * The text encoding (docs/evaluation.md, "Text encodings"). Default: UTF-8, or UTF-16 when the
   * input starts with a UTF-16 byte-order mark. Bytes that are not valid text are an error.
   */
  readonly encoding?: TextEncoding;
  /** Read this stream instead of opening the path (stdin, tests). */
  readonly stream?: NodeJS.ReadableStream;
  /**
   * The rows' schema: which fields are counts, which names are aliases, which header names a CSV
   * file's columns (docs/evaluation.md, "Rows"). Default: licence usage.
   */
  readonly schema?: Schema;
}

/**
 * Counters a reader keeps while it reads (for progress lines and final reports).
 *
 * @example
 * ```ts
 * const stats: ReadStats = { rows: 10, skipped: 1, bytes: 4096 };
 * ```
 */
export interface ReadStats {
  /** Rows yielded so far. */
  readonly rows: number;
  /** Rows skipped so far (only with `skipBadRows`). */
  readonly skipped: number;
  /** Bytes of input consumed so far. */
  readonly bytes: number;
}
