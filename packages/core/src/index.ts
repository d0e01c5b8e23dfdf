/**
 * The core of pcaq: the types and plain data every other package shares. No dependencies, no
 * Node-only API.
 *
 * @packageDocumentation
 */
export { span, lineColumnAt, type Span, type LineColumn } from './span.js';
export {
  COMPARISON_OPERATORS,
  assertNever,
  type AstNode,
  type BooleanLiteralNode,
  type ComparisonNode,
  type ComparisonOperator,
  type DateTimeForm,
  type DateTimeLiteralNode,
  type FieldNode,
  type FilterNode,
  type LiteralNode,
  type LogicalNode,
  type LogicalOperator,
  type StringLiteralNode,
} from './ast.js';
export {
  NO_SPAN,
  and,
  booleanLiteral,
  comparison,
  dateTimeLiteral,
  field,
  isBooleanLiteral,
  isDateTimeLiteral,
  isStringLiteral,
  logical,
  or,
  stringLiteral,
} from './factories.js';
export { parseDateTime, isDateTimeText, SERVICE_DATE_RANGE, withinServiceDates } from './date-time.js';
export { comparisonMode, type ComparisonMode } from './comparison-mode.js';
export { comparisonsOf } from './comparisons-of.js';
export { RowMakers, rowMaker, type RowMaker } from './row-maker.js';
export {
  DEFAULT_OPERATORS,
  LICENSE_USAGE_SCHEMA,
  findField,
  isGuid,
  type EndpointDefinition,
  type FieldDefinition,
  type FilterOperator,
  type FilterableField,
  type GroupableField,
  type LicenseUsageField,
  type ResponseField,
  type Schema,
  type ValueKind,
} from './schema.js';
export { LICENSE_DEPLOYMENT_SCHEMA } from './endpoints/license-deployment.js';
export { SUBSCRIPTIONS_SCHEMA } from './endpoints/subscriptions.js';
export { AZURE_USAGE_SCHEMA } from './endpoints/azure-usage.js';
export { INDIRECT_RESELLERS_SCHEMA } from './endpoints/indirect-resellers.js';
export { REFERRALS_SCHEMA } from './endpoints/referrals.js';
export { SEARCH_SCHEMA } from './endpoints/search.js';
export { ENDPOINT_IDS, ENDPOINT_SCHEMAS, endpointSchema, isEndpointId, type EndpointId, type EndpointSchema } from './endpoints/registry.js';
export { endpointForPath } from './endpoints/endpoint-for-path.js';
export {
  createDiagnostic,
  diagnosticInit,
  formatMessage,
  reviseDiagnostic,
  hasErrors,
  type Diagnostic,
  type DiagnosticInit,
  type DiagnosticRevision,
  type DiagnosticSource,
  type DiagnosticText,
  type Fix,
  type FixInit,
  type Severity,
  type TextEdit,
} from './diagnostic.js';
export { relocateToFile, type FileDiagnostic, type QueryInFile } from './file-diagnostic.js';
export { DIAGNOSTIC_CODES, DIAGNOSTIC_MESSAGES, type DiagnosticCode, type DiagnosticMessage } from './messages.js';
export { LICENSE_USAGE_PATH, LIMITS, QUERY_PARAMETERS, type Query, type QueryParameter } from './query.js';
export { applyFixes, planFixes } from './fixes.js';
export { InvalidArgumentError } from './invalid-argument.js';
export { LineIndex } from './line-index.js';
export { codePointBoundaryAtOrBefore, isInsidePair, truncateText } from './truncate-text.js';
export { isFieldName } from './field-name.js';
export { filterTreeProblem, type TreeProblem } from './tree-problem.js';
export { didYouMean, editDistance, similarNames } from './similar-names.js';
export { diagnosticHelpUri } from './help-uri.js';
export { quoteLiteral } from './quote-literal.js';
export { sourceOption } from './source-option.js';
export {
  checkedQuery,
  groupByField,
  groupByNames,
  isCheckedQuery,
  isGroupByField,
  orderByItem,
  type AggregationLevel,
  type CheckedQuery,
  type OrderByItemNode,
  type CheckedQueryParts,
  type GroupByFieldNode,
} from './checked-query.js';
export { canonicalFieldName, NOT_A_COUNT, readCount, readFieldValue, rowShape, showValue, type Row, type RowShape, type RowValue } from './row.js';
export { isRowsMember, rowsArrayTwiceMessage } from './response-body.js';
export { bucketStart, bucketText, dateBuckets, takesSnapshot } from './result-rules.js';
