import type { Schema } from '../schema.js';
import { AGGREGATION_LEVELS, DATE_COMPARISONS, EQUALITY } from './operators.js';

/**
 * The referrals analytics resource (`/partner/v1/analytics/referrals`): six text fields and ten
 * dates, no aggregate (docs/endpoints.md, "referrals").
 *
 * @example
 * ```ts
 * REFERRALS_SCHEMA.fields.filter((f) => f.kind === 'datetime').length; // 10
 * ```
 */
export const REFERRALS_SCHEMA = {
  name: 'referrals',
  fields: [
    { name: 'id', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'status', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'customerMarket', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'customerName', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'customerOrgSize', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'acceptedDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'acknowledgedDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'archivedDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'declinedDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'expiredDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'lostDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'missedDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'createdDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'skippedDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'wonDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'partnerMarket', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
  ],
  endpoint: {
    id: 'referrals',
    paths: ['/partner/v1/analytics/referrals', '/v1/analytics/referrals'],
    parameters: ['aggregationLevel'],
    auth: 'user',
    aggregationLevel: { values: AGGREGATION_LEVELS, default: 'day' },
    pages: ['get-all-referrals-analytics'],
    example: { filter: "customerMarket eq 'US'", groupby: 'status,createdDate' },
  },
} as const satisfies Schema;
