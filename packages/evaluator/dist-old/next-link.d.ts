import type { Query } from '@pcaq/core';
import type { ResolvedQuery } from '@pcaq/linter';
/**
 * Builds the `nextLink` of a query: the same request with `skip` advanced, as a relative URI under
 * `basePath` (docs/evaluation.md, "Paging and `nextLink`"). "The same request" means the parameters the caller gave, as given
 * (filter and groupby text verbatim, an AST printed canonically), `top` and `skip` as numbers, and
 * nothing the caller left out: a default `top` or processed date is not written into the link.
 *
 * @example
 * ```ts
 * const link = createNextLink({ filter: "channel eq 'Reseller'", top: 2 }, resolved, '/v1/analytics/commercial/usage/license/');
 * link(2); // "/v1/analytics/commercial/usage/license/?filter=channel%20eq%20%27Reseller%27&top=2&skip=2"
 * ```
 */
export declare function createNextLink(query: Query, resolved: ResolvedQuery, basePath: string): (skip: number) => string;
//# sourceMappingURL=next-link.d.ts.map