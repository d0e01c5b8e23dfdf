/**
 * pcaq: lint, build, print, encode and evaluate Partner Center analytics queries. This umbrella
 * package re-exports the public, browser-safe API of every core package, grouped by task with the
 * everyday functions first; file readers (`@pcaq/readers`), engines (`@pcaq/engines`) and the CLI
 * are separate packages because they need Node.
 *
 * Start with {@link lintQuery} or {@link parseFilter} to check text, {@link licenseUsageQuery} to
 * build a query in code, {@link encodeQuery} or {@link formatRequestUrl} to send it,
 * {@link evaluate} to answer it over exported rows, and {@link compileSql} to run it on a database.
 * The language and every diagnostic are described in the manual pages of this site.
 *
 * @packageDocumentation
 */

// Each statement below is one task's share of the API: the `// @category` line before it groups it
// on the API site, and the order of the names is the order on the page (docs/site.md). Helpers the
// packages share among themselves (assertNever, editDistance, quoteIdentifier, ...) are deliberately
// not here: packages/pcaq/test/exports.test.ts lists them and fails when a package export is neither.

// @category Lint: Check filter and group-by text and whole queries: diagnostics with spans and
//   fixes, never an exception.
export { lintQuery, parseFilter, parseGroupBy, checkQuery } from '@pcaq/linter';
// @category Lint
export { parseOrderBy, type ParsedOrderBy } from '@pcaq/linter';
// @category Lint
export { applyFixes, hasErrors, planFixes, lineColumnAt, diagnosticHelpUri, InvalidArgumentError, DIAGNOSTIC_MESSAGES, DIAGNOSTIC_CODES } from '@pcaq/core';
// @category Lint
export type {
  Diagnostic,
  DiagnosticCode,
  DiagnosticMessage,
  DiagnosticSource,
  Fix,
  TextEdit,
  Severity,
  LineColumn,
} from '@pcaq/core';
// @category Lint
export type { LintOptions, ParseOptions, ParsedFilter, ParsedGroupBy, CheckQueryResult } from '@pcaq/linter';

// @category Build: Build queries in typed code: an immutable builder and an injection-safe template
//   tag that produce the parser's AST.
export { licenseUsageQuery, query, where, whereOn, anyOf, noneOf, allOf, someOf, filter, fromFilter, QueryBuildError } from '@pcaq/builder';
// @category Build
export type { QueryBuilder, BuildResult, Condition, ConditionLike, FieldRef } from '@pcaq/builder';
// @category Build
export { filterOn, type FilterTag, type TemplateValueOf } from '@pcaq/builder';
// @category Build
export type {
  EndpointFieldDefinition,
  FieldComparisons,
  FilterableFieldOf,
  GroupableFieldOf,
  IsoDateText,
  OperatorOf,
  ParameterOf,
  TypedFieldRef,
  ValueOf,
  ValueOfDefinition,
} from '@pcaq/builder';

// @category Print and encode: Print queries canonically and encode them byte for byte as the
//   service expects; decode request URLs back into queries.
export { printFilter, printGroupBy, encodeQuery, formatRequestUrl, decodeQuery } from '@pcaq/printer';
// @category Print and encode
export { printOrderBy } from '@pcaq/printer';
// @category Print and encode
export { printStringLiteral, printLiteral, encodeQueryComponent, queryParameterTexts, toUrlSpan } from '@pcaq/printer';
// @category Print and encode
export { nextLink, requestOf, type NextLinkOptions } from '@pcaq/printer';
// @category Print and encode
export type { DecodeOptions, DecodedParameter, DecodedQuery } from '@pcaq/printer';
// @category Print and encode
export { DEFAULT_ENDPOINT, endpointBaseUrl, urlEndpoint, type UrlEndpoint, type UrlEndpointOptions } from '@pcaq/printer';
// @category Print and encode
export { LICENSE_USAGE_PATH, QUERY_PARAMETERS, LIMITS } from '@pcaq/core';
// @category Print and encode
export type { Query, QueryParameter } from '@pcaq/core';

// @category Evaluate: Evaluate queries offline over exported rows with the service's semantics, in
//   memory or streamed.
export { evaluate, evaluateStream } from './evaluate.js';
// @category Evaluate
export { compileQuery, type CompileOutcome, type QueryOptions } from './compile-query.js';
// @category Evaluate
export { compileFilter, EvaluatorArgumentError } from '@pcaq/evaluator';
// @category Evaluate
export type {
  Evaluation,
  EvaluationOutcome,
  EvaluationResult,
  EvaluationRunOptions,
  EvaluatorOptions,
  CompiledQuery,
  RowPredicate,
  RowSource,
  Row,
  RowValue,
} from '@pcaq/evaluator';

// @category SQL and engines: The same query as parameterised SQL for DuckDB and PostgreSQL;
//   `@pcaq/engines` runs it.
export { compileSql } from './compile-sql.js';
// @category SQL and engines
export { SqlOptionsError } from '@pcaq/sql';
// @category SQL and engines
export type {
  CompileSqlOptions,
  CompiledSql,
  SqlOutcome,
  SqlDialect,
  SqlParameter,
  SqlSource,
  SqlTableSource,
  SqlFileSource,
  SqlFileFormat,
} from '@pcaq/sql';

// @category AST and schema: The syntax tree every stage shares, its factories, and the field schema
//   the checker reads.
export { and, or, comparison, field, logical, stringLiteral, span } from '@pcaq/core';
// @category AST and schema
export { booleanLiteral, dateTimeLiteral, isStringLiteral, isBooleanLiteral, isDateTimeLiteral, COMPARISON_OPERATORS, parseDateTime, isDateTimeText } from '@pcaq/core';
// @category AST and schema
export type {
  FilterNode,
  AstNode,
  LogicalNode,
  LogicalOperator,
  ComparisonNode,
  ComparisonOperator,
  FieldNode,
  StringLiteralNode,
  BooleanLiteralNode,
  DateTimeLiteralNode,
  DateTimeForm,
  LiteralNode,
  Span,
} from '@pcaq/core';
// @category AST and schema
export { LICENSE_USAGE_SCHEMA, DEFAULT_OPERATORS, findField, isGuid, rowShape } from '@pcaq/core';
// @category AST and schema
export { checkedQuery, groupByField, groupByNames, isCheckedQuery, isGroupByField } from '@pcaq/core';
// @category AST and schema
export { orderByItem } from '@pcaq/core';
// @category AST and schema
export type { AggregationLevel, OrderByItemNode, CheckedQuery, CheckedQueryParts, GroupByFieldNode, EndpointDefinition, FilterOperator, RowShape } from '@pcaq/core';
// @category AST and schema
export type {
  Schema,
  FieldDefinition,
  LicenseUsageField,
  FilterableField,
  GroupableField,
  ResponseField,
  ValueKind,
} from '@pcaq/core';
// @category AST and schema
export {
  ENDPOINT_SCHEMAS,
  ENDPOINT_IDS,
  endpointSchema,
  endpointForPath,
  isEndpointId,
  LICENSE_DEPLOYMENT_SCHEMA,
  SUBSCRIPTIONS_SCHEMA,
  AZURE_USAGE_SCHEMA,
  INDIRECT_RESELLERS_SCHEMA,
  REFERRALS_SCHEMA,
  SEARCH_SCHEMA,
} from '@pcaq/core';
// @category AST and schema
export type { EndpointId, EndpointSchema } from '@pcaq/core';
// @category Evaluate
export { bucketStart, bucketText, dateBuckets, readFieldValue, SERVICE_DATE_RANGE, takesSnapshot, withinServiceDates } from '@pcaq/core';
