/**
 * pcaq readers (Node-only): license-usage rows from JSON, NDJSON and CSV files or streams, read
 * as a stream with bounded memory, normalised as docs/evaluation.md, "Readers (`@pcaq/readers`)", asks, with errors that name the
 * file, line and column.
 *
 * @packageDocumentation
 */
export { readRows, type RowSource } from './read-rows.js';
export { RowReadError, formatProblem } from './read-error.js';
export { INPUT_EXTENSIONS, inputFormatOf, isInputFormat } from './input-format.js';
export { JsonSplitter } from './json-splitter.js';
export { JsonStructureError, type JsonElement } from './json-scan.js';
export { CsvSplitter, MAX_RECORD_CHARS, type CsvSplitterEvents, type TextPosition } from './csv-splitter.js';
export { checkCsvHeader, type HeaderProblem } from './csv-header.js';
export { decodeChunks, InvalidTextError } from './decode-chunks.js';
export { MAX_JSON_DEPTH, scanJson, type JsonScan, type JsonTextProblem } from './json-syntax.js';
export { TEXT_ENCODINGS, textEncodingOf, type TextEncoding } from './text-encoding.js';
export type { InputFormat, ReadOptions, ReadProblem, ReadProblemCode, ReadRow, ReadStats, ReadValue } from './types.js';
export type { ProblemInit } from './read-problem.js';
