/**
 * The pcaq scanner: finds the Partner Center analytics queries written in files of any language
 * (URLs and query strings, and values given as `filter` or `groupby`), lints them with
 * `@pcaq/linter`, and maps every diagnostic back to the file's line and column through the
 * language's string escapes and percent-encoding. Reading a tree of files needs Node; everything
 * else is a pure function of a text. docs/scan.md is the manual.
 *
 * @packageDocumentation
 */
export { scanText } from './scan-text.js';
export { extractQueries, type ExtractedQuery } from './extract-queries.js';
export { lintExtracted, type ScannedFile } from './lint-extracted.js';
export type { ScanDiagnostic } from './scan-diagnostic.js';
export { HOLE, composeDecoded, mapSpan, sliceDecoded, DecodedTextBuilder, type DecodedText } from './decoded-text.js';
export { findLiterals, type SourceLiteral } from './find-literals.js';
export { readLiteral, type ReadLiteral } from './read-literal.js';
export { languageFor, type Language, type StringForm } from './languages.js';
export { KNOWN_ANALYTICS_PATH, findQueryStrings, plainTextUrlEnd } from './query-strings.js';
export { encodeForLiteral } from './encode-literal.js';
export { lineIndex } from './line-index.js';
export { withoutSuppressed } from './suppressions.js';
export { scanPaths, type ScanResult } from './scan-paths.js';
export { readTextFile, walkFiles, type WalkEntry } from './walk-files.js';
