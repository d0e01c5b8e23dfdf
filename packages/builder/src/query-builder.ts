import { LIMITS, hasErrors, type CheckedQuery, type Diagnostic, type FilterNode, type GroupableField, type Query } from '@pcaq/core';
import { checkQuery, lintQuery, type LintOptions } from '@pcaq/linter';
import { encodeQuery, formatRequestUrl, printFilter } from '@pcaq/printer';
import { QueryBuildError } from './build-error.js';
import { textOf } from './builder-diagnostics.js';
import { toCondition, type Condition, type ConditionLike } from './condition.js';
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
 * An immutable builder of license-usage requests: every method returns a new, frozen builder, so
 * a base builder can be shared and extended in many directions without one leaking into another.
 * Field names are typed from the schema; what types cannot check (GUID shape, `top` range, dates,
 * the URL's length) is checked by the linter, with its codes, when the query is built.
 *
 * @example
 * ```ts
 * const resellers = licenseUsageQuery().filter(where('channel').eq('Reseller'));
 * const byWorkload = resellers.groupBy('workloadCode').top(100);
 * byWorkload.toUrl();
 * // "/v1/analytics/commercial/usage/license/?filter=channel%20eq%20%27Reseller%27&groupby=workloadCode&top=100"
 * resellers.toQuery(); // { filter: { type: 'Comparison', ... } } (no groupby: `resellers` is unchanged)
 * ```
 */
export interface QueryBuilder {
  /** Adds a condition; a second call joins the conditions with `and`. */
  filter(condition: ConditionLike): QueryBuilder;
  /** Appends fields to the group-by list (only groupable fields compile). */
  groupBy(...fields: readonly [GroupableField, ...GroupableField[]]): QueryBuilder;
  /** Page size: a whole number from 1 to 10000 (PCAQ0401 otherwise). */
  top(count: number): QueryBuilder;
  /** Rows to skip: a whole number, 0 or more (PCAQ0402 otherwise). */
  skip(count: number): QueryBuilder;
  /** The processed date: an ISO 8601 date or date-time string, or a `Date` (PCAQ0403 when invalid). */
  processedDateTime(value: string | Date): QueryBuilder;
  /** The following page: `skip` advanced by `top` (10000 when unset). */
  nextPage(): QueryBuilder;
  /** Every diagnostic (errors and warnings, with `source`), as `lintQuery` reports them. Never throws. */
  check(options?: LintOptions): Diagnostic[];
  /** The query and every diagnostic, without throwing; `query` is undefined when there is an error. */
  build(options?: LintOptions): BuildResult;
  /** The query, ready for `encodeQuery`: the filter as a tree, groupby as names. Throws `QueryBuildError` on errors. */
  toQuery(options?: LintOptions): Query;
  /**
   * The checked query every later stage takes (`evaluate`, `compileSql`, the engines):
   * docs/architecture.md, "The checked query". Throws `QueryBuildError` on errors.
   */
  toChecked(options?: LintOptions): CheckedQuery;
  /** The canonical filter text (`''` without a filter). Throws only for filter errors. */
  toString(): string;
  /** The encoded query string, without `?`. */
  toQueryString(options?: LintOptions): string;
  /** The request URL: `base` (default the license usage path) with the encoded query. */
  toUrl(base?: string, options?: LintOptions): string;
}

interface BuilderState {
  readonly filter?: Condition;
  readonly groupby?: readonly string[];
  readonly top?: number;
  readonly skip?: number;
  readonly processedDateTime?: string;
}

class LicenseUsageQueryBuilder implements QueryBuilder {
  readonly #state: BuilderState;

  constructor(state: BuilderState) {
    this.#state = Object.freeze(state);
    Object.freeze(this);
  }

  filter(condition: ConditionLike): QueryBuilder {
    const given = toCondition(condition);
    const current = this.#state.filter;
    return this.#with({ filter: current ? current.and(given) : given });
  }

  groupBy(...fields: readonly [GroupableField, ...GroupableField[]]): QueryBuilder {
    return this.#with({ groupby: Object.freeze([...(this.#state.groupby ?? []), ...fields.map(textOf)]) });
  }

  top(count: number): QueryBuilder {
    return this.#with({ top: count });
  }

  skip(count: number): QueryBuilder {
    return this.#with({ skip: count });
  }

  processedDateTime(value: string | Date): QueryBuilder {
    return this.#with({ processedDateTime: dateText(value) });
  }

  nextPage(): QueryBuilder {
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
    const diagnostics = Object.freeze([...own, ...lintQuery(query, options)]);
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
    const { checked, diagnostics } = checkQuery({ ...(filter?.node ? { filter: filter.node } : {}), ...rest }, options);
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
    return base === undefined ? formatRequestUrl(query) : formatRequestUrl(query, base);
  }

  #with(change: BuilderState): QueryBuilder {
    return new LicenseUsageQueryBuilder({ ...this.#state, ...change });
  }
}

/** A Date as ISO 8601 text (an invalid Date keeps its text, `Invalid Date`, for PCAQ0403). */
function dateText(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  return textOf(value);
}

/**
 * Starts a request to the license usage endpoint: no filter, no group-by list, the service's
 * defaults for `top` (10000) and `skip` (0).
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
  return new LicenseUsageQueryBuilder({});
}
