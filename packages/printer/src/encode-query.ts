import { InvalidArgumentError, LICENSE_USAGE_PATH, QUERY_PARAMETERS, type FilterNode, type Query, type QueryParameter } from '@pcaq/core';
import { encodeQueryComponent } from './encode-component.js';
import { printFilter, printGroupBy } from './print-filter.js';

/**
 * The text of each parameter a query gives, in the order the encoder writes them: a filter AST
 * printed, a group-by array joined with commas, numbers in decimal. Absent (`undefined` or `null`)
 * parameters are left out.
 *
 * @throws InvalidArgumentError when a filter tree or a group-by array cannot be printed faithfully
 * (see `printFilter` and `printGroupBy`), or a value cannot be turned into text.
 * @example
 * ```ts
 * queryParameterTexts({ groupby: ['channel', 'workloadCode'], top: 10 });
 * // [['groupby', 'channel,workloadCode'], ['top', '10']]
 * ```
 */
export function queryParameterTexts(query: Query): [QueryParameter, string][] {
  const texts: [QueryParameter, string][] = [];
  if (typeof query !== 'object' || query === null) return texts;
  for (const name of QUERY_PARAMETERS) {
    const value: unknown = query[name];
    if (value === undefined || value === null) continue;
    texts.push([name, parameterText(name, value)]);
  }
  return texts;
}

function parameterText(name: QueryParameter, value: unknown): string {
  if (typeof value === 'string') return value;
  if (name === 'filter' && typeof value === 'object') return printFilter(value as FilterNode);
  if (name === 'groupby' && Array.isArray(value)) return printGroupBy(value);
  try {
    return String(value);
  } catch {
    throw new InvalidArgumentError('encodeQuery', `query.${name}`, 'cannot be turned into text');
  }
}

/**
 * Encodes a query as a URL query string without the leading `?`: `name=value` pairs joined by
 * `&`, in the order filter, groupby, top, skip, processedDateTime, orderby, aggregationLevel
 * (docs/language.md, "Parameter order"), values percent-encoded with
 * {@link encodeQueryComponent}.
 *
 * @throws InvalidArgumentError as {@link queryParameterTexts} does (a tree or list from code that
 * would not print as what it holds).
 * @example
 * ```ts
 * encodeQuery({ filter: "customerTenantId eq '0112A436-B14E-4888-967B-CA4BB2CF1234'" });
 * // "filter=customerTenantId%20eq%20%270112A436-B14E-4888-967B-CA4BB2CF1234%27"
 * ```
 */
export function encodeQuery(query: Query): string {
  return queryParameterTexts(query)
    .map(([name, text]) => `${name}=${encodeQueryComponent(text)}`)
    .join('&');
}

/**
 * The request URL (or path) for a query: `base` followed by `?` and the encoded query, or `&` when
 * `base` already has a query. A fragment in `base` stays at the end. With no parameters, `base`
 * is returned as it is.
 *
 * @throws InvalidArgumentError as {@link queryParameterTexts} does, or when `base` is not a string.
 * @example
 * ```ts
 * formatRequestUrl({ top: 100 }); // '/v1/analytics/commercial/usage/license/?top=100'
 * formatRequestUrl({ top: 100 }, 'https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license');
 * // 'https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license?top=100'
 * ```
 */
export function formatRequestUrl(query: Query, base: string = LICENSE_USAGE_PATH): string {
  if (typeof base !== 'string') throw new InvalidArgumentError('formatRequestUrl', 'base', 'is not a string');
  const encoded = encodeQuery(query);
  if (encoded === '') return base;
  const hash = base.indexOf('#');
  const head = hash < 0 ? base : base.slice(0, hash);
  const fragment = hash < 0 ? '' : base.slice(hash);
  const separator = !head.includes('?') ? '?' : head.endsWith('?') || head.endsWith('&') ? '' : '&';
  return `${head}${separator}${encoded}${fragment}`;
}
