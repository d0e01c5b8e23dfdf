import { InvalidArgumentError, LICENSE_USAGE_PATH, groupByNames, isCheckedQuery, type CheckedQuery, type Query } from '@pcaq/core';
import { formatRequestUrl } from './encode-query.js';
import { printOrderBy } from './print-orderby.js';

/**
 * Options of {@link nextLink}.
 *
 * @example
 * ```ts
 * const options: NextLinkOptions = { basePath: '/partner/v1/analytics/commercial/usage/license/', all: false };
 * ```
 */
export interface NextLinkOptions {
  /** The path the link starts with; default `LICENSE_USAGE_PATH` from `@pcaq/core`. */
  readonly basePath?: string;
  /** Every row was returned (`all: true`): there is no next page. */
  readonly all?: boolean;
}

/**
 * The `nextLink` of a page: the same request with `skip` advanced past this page, as a relative
 * URI under `basePath`; null when no rows remain or every row was returned (docs/evaluation.md,
 * "Paging and `nextLink`"). "The same request" is the parameters the caller gave: the filter and
 * group-by text verbatim (`checked.source`), parts built in code printed canonically, `top` only
 * when given, the processed date only when given, `orderby` and `aggregationLevel` when given. Every stage that pages (evaluator, engines,
 * server) builds its link here, so they cannot disagree.
 *
 * @example
 * ```ts
 * const { checked } = checkQuery({ filter: "channel eq 'Reseller'", top: 2 });
 * nextLink(checked!, 5); // "/v1/analytics/commercial/usage/license/?filter=channel%20eq%20%27Reseller%27&top=2&skip=2"
 * nextLink(checked!, 2); // null
 * ```
 * @throws InvalidArgumentError when `query` is not a checked query, `totalCount` not a number or
 *   `options` not an object (only code can give those).
 */
export function nextLink(query: CheckedQuery, totalCount: number, options: NextLinkOptions = {}): string | null {
  if (!isCheckedQuery(query)) throw new InvalidArgumentError('nextLink', 'query', 'is not a checked query');
  if (typeof totalCount !== 'number') throw new InvalidArgumentError('nextLink', 'totalCount', 'is not a number');
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError('nextLink', 'options', 'is not an object');
  const skip = query.skip + query.top;
  if (options.all === true || skip >= totalCount) return null;
  return formatRequestUrl({ ...requestOf(query), skip }, options.basePath ?? LICENSE_USAGE_PATH);
}

/**
 * The request a checked query stands for, as `formatRequestUrl` takes it: the filter and group-by
 * text as given (`checked.source`), parts built in code printed canonically, `top` only when
 * given, `skip` when not 0, the processed date when given, `orderby` as given (or printed when built
 * in code) and `aggregationLevel` (docs/evaluation.md, "Paging and `nextLink`"). Printing it never
 * needs the query parsed again.
 *
 * @example
 * ```ts
 * const { checked } = checkQuery({ groupby: 'channel , workloadCode', skip: 20 });
 * formatRequestUrl(requestOf(checked!)); // '/v1/analytics/commercial/usage/license/?groupby=channel%20%2C%20workloadCode&skip=20'
 * ```
 * @throws InvalidArgumentError when `query` is not a checked query.
 */
export function requestOf(query: CheckedQuery): Query {
  if (!isCheckedQuery(query)) throw new InvalidArgumentError('requestOf', 'query', 'is not a checked query');
  const given: { -readonly [K in keyof Query]: Query[K] } = {};
  const filter = query.source?.filter ?? query.filter;
  if (filter !== undefined) given.filter = filter;
  const groupby = query.source?.groupby ?? (query.groupby === undefined ? undefined : groupByNames(query));
  if (groupby !== undefined) given.groupby = groupby;
  if (query.source?.top !== undefined) given.top = query.source.top;
  if (query.skip !== 0) given.skip = query.skip;
  if (query.processedDateTime !== undefined) given.processedDateTime = query.processedDateTime;
  const orderby = query.source?.orderby ?? (query.orderby === undefined ? undefined : printOrderBy(query.orderby));
  if (orderby !== undefined) given.orderby = orderby;
  if (query.aggregationLevel !== undefined) given.aggregationLevel = query.aggregationLevel;
  return given;
}
