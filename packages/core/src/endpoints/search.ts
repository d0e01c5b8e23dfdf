import type { Schema } from '../schema.js';
import { AGGREGATION_LEVELS, DATE_COMPARISONS, EQUALITY } from './operators.js';

/**
 * The search analytics resource (`/partner/v1/analytics/search`): text fields, a date-only
 * `searchDate`, three booleans and four summed counts (docs/endpoints.md, "search").
 *
 * @example
 * ```ts
 * SEARCH_SCHEMA.fields.filter((f) => f.kind === 'boolean').map((f) => f.name);
 * // ['contactButtonClicked', 'detailsViewed', 'referralSubmitted']
 * ```
 */
export const SEARCH_SCHEMA = {
  name: 'search',
  fields: [
    { name: 'companyName', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'keywordCountry', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'keywordIndustryFocus', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'partnerId', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'partnerMarket', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'keywordProduct', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'keywordSearchText', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'searchDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS, dateOnly: true },
    { name: 'contactButtonClicked', kind: 'boolean', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'detailsViewed', kind: 'boolean', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'referralSubmitted', kind: 'boolean', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'searchResultPageViews', kind: 'count', filterable: false, groupable: false, aggregate: 'sum' },
    { name: 'contactClicks', kind: 'count', filterable: false, groupable: false, aggregate: 'sum' },
    { name: 'referralCount', kind: 'count', filterable: false, groupable: false, aggregate: 'sum' },
    { name: 'profileViews', kind: 'count', filterable: false, groupable: false, aggregate: 'sum' },
  ],
  endpoint: {
    id: 'search',
    paths: ['/partner/v1/analytics/search', '/v1/analytics/search'],
    parameters: ['aggregationLevel'],
    auth: 'user',
    aggregationLevel: { values: AGGREGATION_LEVELS, default: 'day' },
    pages: ['get-all-search-analytics'],
    example: { filter: "partnerMarket eq 'US' and referralSubmitted eq true", groupby: 'keywordProduct,searchDate' },
  },
} as const satisfies Schema;
