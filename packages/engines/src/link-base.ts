import type { CheckedQuery } from '@pcaq/core';

/**
 * The `basePath` option of `nextLink` for a query: the caller's, else the canonical path of the
 * query's endpoint, else none (the printer's licence-usage default), as the evaluator does
 * (docs/engines.md, "Family results").
 *
 * @example
 * ```ts
 * linkBase(undefined, checkedQuery({ schema: SUBSCRIPTIONS_SCHEMA, top: 1, skip: 0 })); // { basePath: '/partner/v1/analytics/subscriptions' }
 * ```
 */
export function linkBase(basePath: string | undefined, query: CheckedQuery): { readonly basePath?: string } {
  const path = basePath ?? query.schema.endpoint?.paths[0];
  return path === undefined ? {} : { basePath: path };
}
