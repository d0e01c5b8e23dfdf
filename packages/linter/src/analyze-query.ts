import {
  LICENSE_USAGE_SCHEMA,
  LIMITS,
  createDiagnostic,
  type AggregationLevel,
  type Diagnostic,
  type DiagnosticSource,
  type FilterNode,
  type GroupByFieldNode,
  type OrderByItemNode,
  type QueryParameter,
  type Schema,
} from '@pcaq/core';
import { encodeQuery } from '@pcaq/printer';
import { asText } from './as-text.js';
import { lintFilterTree } from './lint-filter-tree.js';
import type { LintOptions, ParseOptions } from './options.js';
import { parseFilter } from './parse-filter.js';
import { groupByText, parseGroupBy } from './parse-groupby.js';
import { parseOrderBy } from './parse-orderby.js';
import { REQUEST_RULES } from './registry.js';
import { aggregationLevelWithoutDate } from './rules/aggregation-level-without-date.js';
import { readAggregationLevel } from './rules/invalid-aggregation-level.js';
import { parameterNotSupported, type OptionalParameter } from './rules/parameter-not-supported.js';
import type { ParameterRule } from './rules/parameter-rule.js';
import { queryTooLong } from './rules/query-too-long.js';

/** Everything known about a request after linting: its diagnostics and the values that were valid. */
export interface QueryAnalysis {
  readonly diagnostics: Diagnostic[];
  readonly filter?: FilterNode;
  /** The filter as text, when it was given as text (kept verbatim for `nextLink`). */
  readonly filterText?: string;
  /** The group-by fields as written, with their spans (a field named twice is here twice). */
  readonly groupby?: readonly GroupByFieldNode[];
  /** The group-by list as text (an array's items joined by commas). */
  readonly groupbyText?: string;
  readonly top?: number;
  readonly skip?: number;
  readonly processedDateTime?: string;
  /** The sort keys as written, when `orderby` was given and the endpoint takes it (a repeat is here twice). */
  readonly orderby?: readonly OrderByItemNode[];
  /** The `orderby` text as given (kept verbatim for `nextLink`). */
  readonly orderbyText?: string;
  readonly aggregationLevel?: AggregationLevel;
}

/**
 * Lints each parameter of a request, in parameter order, then the length of the encoded query
 * string. Shared by `lintQuery` and `checkQuery` so a query is parsed once. Defensive about
 * what JavaScript callers pass: a non-object query is an empty one, `null` parameters are absent.
 */
export function analyzeQuery(query: unknown, options: LintOptions = {}): QueryAnalysis {
  const given = (name: QueryParameter): unknown => readParameter(query, name);
  // Each producer sets `source` as it makes a diagnostic: nothing is relabelled afterwards.
  const parseOptions = (source: DiagnosticSource): ParseOptions => (options?.schema ? { schema: options.schema, source } : { source });
  const diagnostics: Diagnostic[] = [];
  const texts: Partial<Record<QueryParameter, string>> = {};
  const result: { -readonly [K in keyof QueryAnalysis]: QueryAnalysis[K] } = { diagnostics };

  const filter = given('filter');
  if (filter !== undefined) {
    // A tree is linted as its canonical text: that is what the service receives.
    const text = typeof filter === 'object' ? undefined : asText(filter);
    const parsed = text === undefined ? lintFilterTree(filter, parseOptions('filter')) : { text, ...parseFilter(text, parseOptions('filter')) };
    texts.filter = parsed.text;
    diagnostics.push(...parsed.diagnostics);
    if (parsed.ast) result.filter = parsed.ast;
    if (text !== undefined) result.filterText = text;
  }

  const groupby = given('groupby');
  if (groupby !== undefined) {
    texts.groupby = groupByText(groupby);
    const parsed = parseGroupBy(Array.isArray(groupby) ? (groupby as string[]) : texts.groupby, parseOptions('groupby'));
    diagnostics.push(...parsed.diagnostics);
    result.groupby = parsed.fields.map((f) => ({ type: 'GroupByField', name: f.name, span: f.span }));
    result.groupbyText = texts.groupby;
  }

  const scalar = <T>(rule: ParameterRule<T>): T | undefined => {
    const value = given(rule.parameter);
    if (value === undefined) return undefined;
    const read = rule.read(value);
    texts[rule.parameter] = read.text;
    if (read.problem) diagnostics.push(createDiagnostic(read.text, read.problem));
    return read.value;
  };
  const [topRule, skipRule, processedDateTimeRule] = REQUEST_RULES;
  const top = scalar(topRule);
  const skip = scalar(skipRule);
  if (top !== undefined) result.top = top;
  if (skip !== undefined) result.skip = skip;

  // processedDateTime, orderby and aggregationLevel: only on endpoints that take them (PCAQ0416).
  const schema: Schema = options?.schema ?? LICENSE_USAGE_SCHEMA;
  const taken = (name: OptionalParameter): string | undefined => {
    const value = given(name);
    if (value === undefined) return undefined;
    const text = asText(value);
    texts[name] = text;
    const notTaken = parameterNotSupported(name, text, schema);
    if (notTaken === undefined) return text;
    diagnostics.push(createDiagnostic(text, notTaken));
    return undefined;
  };
  if (taken('processedDateTime') !== undefined) {
    const processedDateTime = scalar(processedDateTimeRule);
    if (processedDateTime !== undefined) result.processedDateTime = processedDateTime;
  }
  const orderby = taken('orderby');
  if (orderby !== undefined) {
    const parsed = parseOrderBy(orderby, schema);
    diagnostics.push(...parsed.problems.map((problem) => createDiagnostic(orderby, problem)));
    result.orderby = parsed.items;
    result.orderbyText = orderby;
  }
  const aggregationLevel = taken('aggregationLevel');
  if (aggregationLevel !== undefined) {
    const read = readAggregationLevel(aggregationLevel, schema);
    if (read.problem) diagnostics.push(createDiagnostic(aggregationLevel, read.problem));
    const withoutDate = aggregationLevelWithoutDate(aggregationLevel, (result.groupby ?? []).map((g) => g.name), schema);
    if (withoutDate) diagnostics.push(createDiagnostic(aggregationLevel, withoutDate));
    if (read.value !== undefined) result.aggregationLevel = read.value;
  }

  const encoded = encodeQuery(texts);
  const tooLong = queryTooLong(encoded, validLimit(options?.maxQueryStringLength));
  if (tooLong) diagnostics.push(createDiagnostic(encoded, tooLong));
  return result;
}

/** A parameter's value, `undefined` when absent or `null`, or when reading it throws. */
function readParameter(query: unknown, name: QueryParameter): unknown {
  if (typeof query !== 'object' || query === null || Array.isArray(query)) return undefined;
  try {
    const value = (query as Record<string, unknown>)[name];
    // A function is never a parameter value (it would be an inherited method).
    return value === null || typeof value === 'function' ? undefined : value;
  } catch {
    return undefined;
  }
}

function validLimit(limit: unknown): number {
  return typeof limit === 'number' && limit >= 0 && !Number.isNaN(limit) ? limit : LIMITS.maxQueryStringLength;
}
