import { BadRow } from './bad-row.js';
import { MAX_JSON_DEPTH, scanJson } from './json-syntax.js';
import { malformedJson } from './problems/malformed-json.js';
import { tooDeep } from './problems/too-deep.js';
import type { RowSink } from './row-sink.js';
import { syntaxDetail } from './syntax-detail.js';
import { positionAfter } from './text-position.js';
import type { ReadRow } from './types.js';

/**
 * Reads one row's JSON text, which starts at `line`:`column`, into the sink: `JSON.parse` (native,
 * fast), then the row builder. When `JSON.parse` refuses the text, {@link scanJson} finds the
 * exact position and a plain message (V8's messages often name no position, or quote the row).
 *
 * @example
 * ```ts
 * readJsonRow('{"a": 1}', 3, 1, toRow, sink);
 * ```
 */
export function readJsonRow(text: string, line: number, column: number, toRow: (value: unknown, text: string) => ReadRow | BadRow, sink: RowSink): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const problem = scanJson(text).problem ?? { offset: 0, message: syntaxDetail('PCAQ0506', 'unplaced'), tooDeep: false };
    const at = positionAfter(text, 0, problem.offset, { line, column });
    sink.accept(new BadRow(problem.tooDeep ? tooDeep(MAX_JSON_DEPTH) : malformedJson({ detail: problem.message, where: 'row' })), at.line, at.column);
    return;
  }
  const row = toRow(value, text);
  if (row instanceof BadRow) {
    const at = positionAfter(text, 0, row.offset, { line, column });
    sink.accept(row, at.line, at.column);
  } else {
    sink.accept(row, line, column);
  }
}
