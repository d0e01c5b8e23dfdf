import type { FilterNode } from './ast.js';

/**
 * A request's parameters (docs/language.md, "The request"). `filter` and `groupby` may be text or already parsed
 * (a filter AST, a list of field names); `top` and `skip` are numbers once valid and keep the text
 * they were given otherwise, so linting can report it.
 *
 * @example
 * ```ts
 * const q: Query = { filter: "workloadCode eq 'SFB'", groupby: 'customerTenantId,workloadCode', top: 100 };
 * ```
 */
export interface Query {
  readonly filter?: string | FilterNode;
  readonly groupby?: string | readonly string[];
  readonly top?: number | string;
  readonly skip?: number | string;
  readonly processedDateTime?: string;
  /** `orderby=field [asc|desc], ...`, on endpoints that take it (docs/endpoints.md). */
  readonly orderby?: string;
  /** `aggregationLevel=day|week|month`, on endpoints that take it (docs/endpoints.md). */
  readonly aggregationLevel?: string;
}

/**
 * The names of a request's parameters, in the order the encoder writes them. `orderby` and
 * `aggregationLevel` come last, so every URL of an endpoint without them keeps its bytes
 * (docs/language.md, "Parameter order").
 *
 * @example
 * ```ts
 * QUERY_PARAMETERS[0]; // 'filter'
 * ```
 */
export const QUERY_PARAMETERS = ['filter', 'groupby', 'top', 'skip', 'processedDateTime', 'orderby', 'aggregationLevel'] as const;

/**
 * One of {@link QUERY_PARAMETERS}.
 *
 * @example
 * ```ts
 * const p: QueryParameter = 'processedDateTime';
 * ```
 */
export type QueryParameter = (typeof QUERY_PARAMETERS)[number];

/**
 * The limits of the language and the service, in one place.
 *
 * @example
 * ```ts
 * LIMITS.maxTop; // 10000
 * ```
 */
export const LIMITS = Object.freeze({
  /** Largest `top`, also its default. */
  maxTop: 10_000,
  /** Longest filter text pcaq accepts (**Decision**, docs/language.md, "Limits"). */
  maxFilterLength: 32_768,
  /** Longest group-by text pcaq accepts: the filter's limit (docs/language.md, "Length limits"). */
  maxGroupByLength: 32_768,
  /** Longest URL or query string pcaq decodes: the filter's limit (docs/language.md, "Length limits"). */
  maxUrlLength: 32_768,
  /** Deepest nesting of parentheses pcaq accepts (**Decision**, docs/language.md, "Limits"). */
  maxNesting: 64,
  /** Encoded query string length past which a warning is given (IIS front ends' default). */
  maxQueryStringLength: 2_048,
});

/**
 * The path of the license usage endpoint, relative to the service's base URL.
 *
 * @example
 * ```ts
 * `https://api.partnercenter.microsoft.com/partner${LICENSE_USAGE_PATH}`;
 * ```
 */
export const LICENSE_USAGE_PATH = '/v1/analytics/commercial/usage/license/';
