/**
 * The parser of pcaq: chevrotain's lexer and grammar for filter and group-by text (docs/language.md,
 * "Grammar"), with error recovery. It reports syntax diagnostics only; `@pcaq/checker` checks the
 * fields and values against a schema, and `@pcaq/linter` composes both.
 *
 * @packageDocumentation
 */
export { parseFilterSyntax, type FilterSyntax } from './parse-filter-syntax.js';
export { parseGroupBySyntax, type GroupBySyntax } from './parse-groupby-syntax.js';
// The producers other packages share (each code is made in one module; the registry test checks it).
export { emptyFilter, emptyList } from './problems/empty-filter.js';
export { filterTooLong } from './problems/filter-too-long.js';
export { groupByTooLong } from './problems/groupby-too-long.js';
export { unexpectedToken } from './problems/unexpected-token.js';
export { valueNotString } from './problems/value-not-string.js';
export type { SyntaxOptions } from './syntax-options.js';
