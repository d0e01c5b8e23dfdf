import {
  ENDPOINT_IDS,
  InvalidArgumentError,
  LIMITS,
  endpointSchema,
  hasErrors,
  type CheckedQuery,
  type Diagnostic,
  type EndpointId,
  type EndpointSchema,
  type FilterNode,
  type Query,
} from '@pcaq/core';
import { checkQuery, lintQuery, type LintOptions } from '@pcaq/linter';
import { encodeQuery, formatRequestUrl, printFilter } from '@pcaq/printer';
import { QueryBuildError } from './build-error.js';
import { textOf } from './builder-diagnostics.js';
import { toCondition, type Condition, type ConditionLike } from './condition.js';
import type { FilterableFieldOf, GroupableFieldOf, ParameterOf, TypedFieldRef } from './endpoint-types.js';
import { dateText } from './date-text.js';
import { fieldComparisons } from './field-comparisons.js';
import { reviseDiagnostic } from '@pcaq/core';

/**
 * What {@link QueryBuilder.build} returns: the query when it has no error, and every diagnostic.
 *
 * @example
 * ```ts
 * const { query, diagnostics }: BuildResult = licenseUsageQuery().top(100).build();
 * ```
 */
export interface BuildResult {
  readonly query: Query | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * An immutable builder of requests to one analytics endpoint (`Id`, licence usage by default):
 * every method returns a new, frozen builder, so a base builder can be shared and extended in many
 * directions without one leaking into another. Fields, operators and values are typed from the
 * endpoint's schema (docs/builder.md, "One builder per endpoint"); what types cannot check (GUID
 * shape, `top` range, a date's calendar, the URL's length) is checked by the linter, with its
 * codes, against the endpoint's schema when the query is built.
 *
 * @example
 * ```ts
 * const resellers = licenseUsageQuery().filter(where('channel').eq('Reseller'));
 * const byWorkload = resellers.groupBy('workloadCode').top(100);
 * byWorkload.toUrl();
 * // "/v1/analytics/commercial/usage/license/?filter=channel%20eq%20%27Reseller%27&groupby=workloadCode&top=100"
 * resellers.toQuery(); // { filter: { type: 'Comparison', ... } } (no groupby: `resellers` is unchanged)
 * const renewing: QueryBuilder<'subscriptions'> = query('subscriptions').where('autoRenewEnabled').eq(true);
 * ```
 */
export interface QueryBuilder<Id extends EndpointId = 'license-usage'> {
  /** The endpoint's id (`ENDPOINT_SCHEMAS`); its schema checks the query, its path starts the URL. */
  readonly endpoint: Id;
  /**
   * Starts a condition on one of the endpoint's filterable fields; the comparison (only those the
   * field takes compile) adds it, joined with `and` as {@link QueryBuilder.filter} does.
   */
  where<Name extends FilterableFieldOf<Id>>(name: Name): TypedFieldRef<Id, Name, QueryBuilder<Id>>;
  /** Adds a condition; a second call joins the conditions with `and`. A tree is checked against the endpoint's schema. */
  filter(condition: ConditionLike): QueryBuilder<Id>;
  /** Appends fields to the group-by list (only the endpoint's groupable fields compile). */
  groupBy(...fields: readonly [GroupableFieldOf<Id>, ...GroupableFieldOf<Id>[]]): QueryBuilder<Id>;
  /** Page size: a whole number from 1 to 10000 (PCAQ0401 otherwise). */
  top(count: number): QueryBuilder<Id>;
  /** Rows to skip: a whole number, 0 or more (PCAQ0402 otherwise). */
  skip(count: number): QueryBuilder<Id>;
  /**
   * The processed date: an ISO 8601 date or date-time string, or a `Date` (PCAQ0403 when invalid).
   * Only on endpoints that take the parameter (licence usage): elsewhere the value type is `never`.
   */
  processedDateTime(value: 'processedDateTime' extends ParameterOf<Id> ? string | Date : never): QueryBuilder<Id>;
  /** The following page: `skip` advanced by `top` (10000 when unset). */
  nextPage(): QueryBuilder<Id>;
  /**
   * Every diagnostic (errors and warnings, with `source`), as `lintQuery` reports them against the
   * endpoint's schema (`options.schema` overrides it). Never throws.
   */
  check(options?: LintOptions): Diagnostic[];
  /** The query and every diagnostic, without throwing; `query` is undefined when there is an error. */
  build(options?: LintOptions): BuildResult;
  /** The query, ready for `encodeQuery`: the filter as a tree, groupby as names. Throws `QueryBuildError` on errors. */
  toQuery(options?: LintOptions): Query;
  /**
   * The checked query every later stage takes (`evaluate`, `compileSql`, the engines), carrying
   * the endpoint's schema: docs/architecture.md, "The checked query". Throws `QueryBuildError` on errors.
   */
  toChecked(options?: LintOptions): CheckedQuery;
  /** The canonical filter text (`''` without a filter). Throws only for filter errors. */
  toString(): string;
  /** The encoded query string, without `?`. */
  toQueryString(options?: LintOptions): string;
  /** The request URL: `base` (default the endpoint's canonical path) with the encoded query. */
  toUrl(base?: string, options?: LintOptions): string;
}

interface BuilderState {
  readonly filter?: Condition;
  readonly groupby?: readonly string[];
  readonly top?: number;
  readonly skip?: number;
  readonly processedDateTime?: string;
}

class EndpointQueryBuilder<Id extends EndpointId> implements QueryBuilder<Id> {
  readonly endpoint: Id;
  readonly #schema: EndpointSchema;
  readonly #state: BuilderState;

  constructor(endpoint: Id, schema: EndpointSchema, state: BuilderState) {
    this.endpoint = endpoint;
    this.#schema = schema;
    this.#state = Object.freeze(state);
    Object.freeze(this);
  }

  where<Name extends FilterableFieldOf<Id>>(name: Name): TypedFieldRef<Id, Name, QueryBuilder<Id>> {
    // Every comparison is offered at run time; the type keeps those the field takes.
    return fieldComparisons(this.#schema, name, (condition) => this.filter(condition)) as unknown as TypedFieldRef<Id, Name, QueryBuilder<Id>>;
  }

  filter(condition: ConditionLike): QueryBuilder<Id> {
    const given = toCondition(condition, this.#schema);
    const current = this.#state.filter;
    return this.#with({ filter: current ? current.and(given) : given });
  }

  groupBy(...fields: readonly [GroupableFieldOf<Id>, ...GroupableFieldOf<Id>[]]): QueryBuilder<Id> {
    return this.#with({ groupby: Object.freeze([...(this.#state.groupby ?? []), ...fields.map(textOf)]) });
  }

  top(count: number): QueryBuilder<Id> {
    return this.#with({ top: count });
  }

  skip(count: number): QueryBuilder<Id> {
    return this.#with({ skip: count });
  }

  processedDateTime(value: string | Date): QueryBuilder<Id> {
    return this.#with({ processedDateTime: processedDateText(value) });
  }

  nextPage(): QueryBuilder<Id> {
    const { top, skip } = this.#state;
    return this.#with({ skip: (typeof skip === 'number' ? skip : 0) + (typeof top === 'number' ? top : LIMITS.maxTop) });
  }

  check(options: LintOptions = {}): Diagnostic[] {
    return [...this.build(options).diagnostics];
  }

  build(options: LintOptions = {}): BuildResult {
    const { filter, ...rest } = this.#state;
    const query: Query = Object.freeze({ ...(filter?.node ? { filter: filter.node } : {}), ...rest });
    // A broken condition has no tree to lint: report what was found making it, lint the rest.
    const own = filter && !filter.node ? filter.diagnostics.map((d) => reviseDiagnostic(d, { source: 'filter' })) : [];
    const diagnostics = Object.freeze([...own, ...lintQuery(query, this.#options(options))]);
    return Object.freeze({ query: hasErrors(diagnostics) ? undefined : query, diagnostics });
  }

  toQuery(options: LintOptions = {}): Query {
    const { query, diagnostics } = this.build(options);
    if (!query) throw new QueryBuildError(diagnostics);
    return query;
  }

  toChecked(options: LintOptions = {}): CheckedQuery {
    const { filter, ...rest } = this.#state;
    if (filter && !filter.node) throw new QueryBuildError(this.build(options).diagnostics);
    const { checked, diagnostics } = checkQuery({ ...(filter?.node ? { filter: filter.node } : {}), ...rest }, this.#options(options));
    if (!checked) throw new QueryBuildError(diagnostics);
    return checked;
  }

  toString(): string {
    const node: FilterNode | undefined = this.#state.filter?.node;
    if (this.#state.filter && !node) throw new QueryBuildError(this.#state.filter.diagnostics);
    return node ? printFilter(node) : '';
  }

  toQueryString(options: LintOptions = {}): string {
    return encodeQuery(this.toQuery(options));
  }

  toUrl(base?: string, options: LintOptions = {}): string {
    const query = this.toQuery(options);
    return formatRequestUrl(query, base === undefined ? this.#schema.endpoint.paths[0]! : base);
  }

  /** The caller's options with the endpoint's schema, unless the caller names one. */
  #options(options: LintOptions): LintOptions {
    return { ...options, schema: options?.schema ?? this.#schema };
  }

  #with(change: BuilderState): QueryBuilder<Id> {
    return new EndpointQueryBuilder(this.endpoint, this.#schema, { ...this.#state, ...change });
  }
}

/** A Date as ISO 8601 text (an invalid Date keeps its text, `Invalid Date`, for PCAQ0403). */
function processedDateText(value: unknown): string {
  return dateText(value) ?? textOf(value);
}

/**
 * Starts a request to the license usage endpoint: no filter, no group-by list, the service's
 * defaults for `top` (10000) and `skip` (0). The same as `query('license-usage')`.
 *
 * @example
 * ```ts
 * declare const tenantIds: string[];
 * declare const rows: Row[];
 * const query = licenseUsageQuery()
 *   .filter(anyOf('customerTenantId', tenantIds))
 *   .groupBy('customerTenantId', 'workloadCode')
 *   .top(500)
 *   .toChecked();
 * evaluate(rows, query);
 * ```
 */
export function licenseUsageQuery(): QueryBuilder {
  return query('license-usage');
}

/**
 * Starts a request to the endpoint `id` of `ENDPOINT_SCHEMAS` (licence usage without one): fields,
 * operators and values typed from its schema, the query checked against it, the URL on its path.
 *
 * @throws InvalidArgumentError when `id` is not an endpoint's id (only a JavaScript caller can pass one).
 * @example
 * ```ts
 * query('subscriptions')
 *   .where('creationDate').gt(new Date('2018-01-01T00:00:00Z'))
 *   .where('productName').contains('Office')
 *   .groupBy('subscriptionType')
 *   .toUrl();
 * // "/partner/v1/analytics/subscriptions?filter=creationDate%20gt%20cast%28%272018-01-01T00%3A00%3A00.000Z%27%2C%20Edm.DateTimeOffset%29%20and%20contains%28productName%2C%27Office%27%29&groupby=subscriptionType"
 * ```
 */
export function query(): QueryBuilder;
export function query<Id extends EndpointId>(id: Id): QueryBuilder<Id>;
export function query(id: EndpointId = 'license-usage'): QueryBuilder<EndpointId> {
  const schema = endpointSchema(id as string);
  if (schema === undefined) throw new InvalidArgumentError('query', 'id', `is not an endpoint's id (${ENDPOINT_IDS.join(', ')})`);
  return new EndpointQueryBuilder(id, schema, {});
}
