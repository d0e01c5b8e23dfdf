/**
 * The parser of pcaq: chevrotain's lexer and grammar for filter and group-by text (docs/language.md,
 * "Grammar"), with error recovery. It reports syntax diagnostics only; `@pcaq/checker` checks the
 * fields and values against a schema, and `@pcaq/linter` composes both.
 *
 * @packageDocumentation
 */
export { parseFilterSyntax, type FilterSyntax } from './parse-filter-syntax.js';
export { parseGroupBySyntax, type GroupBySyntax } from './parse-groupby-syntax.js';
