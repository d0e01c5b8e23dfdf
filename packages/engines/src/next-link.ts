import type { Query } from '@pcaq/core';
import type { ResolvedQuery } from '@pcaq/linter';
import { formatRequestUrl } from '@pcaq/printer';

/**
 * The `nextLink` of a page, built exactly as `@pcaq/evaluator` builds it: the request as the
 * caller gave it (filter and groupby as given, `top` only when given), `skip` advanced, as a
 * relative URI under `basePath`; null when no rows remain (or when every row was returned).
 *
 * @example
 * ```ts
 * nextLinkOf({ top: 2 }, { top: 2, skip: 0 }, 5, '/v1/analytics/commercial/usage/license/', false);
 * // '/v1/analytics/commercial/usage/license/?top=2&skip=2'
 * ```
 */
export function nextLinkOf(query: Query, resolved: ResolvedQuery, totalCount: number, basePath: string, all: boolean): string | null {
  const next = resolved.skip + resolved.top;
  if (all || next >= totalCount) return null;
  const base: { -readonly [K in keyof Query]: Query[K] } = {};
  if (query.filter !== undefined) base.filter = query.filter;
  if (query.groupby !== undefined) base.groupby = query.groupby;
  if (query.top !== undefined) base.top = resolved.top;
  if (query.processedDateTime !== undefined) base.processedDateTime = query.processedDateTime;
  return formatRequestUrl({ ...base, skip: next }, basePath);
}
