import type { Schema } from '../schema.js';
import { AGGREGATION_LEVELS, CONTAINS_AND_EQUALITY, CONTAINS_ONLY, DATE_COMPARISONS, EQUALITY } from './operators.js';

/**
 * The subscription analytics resource (`/partner/v1/analytics/subscriptions`): text, GUID, enum,
 * boolean and date fields; grouped rows carry `subscriptionCount` (rows in the group) and the
 * summed `licenseCount` (docs/endpoints.md, "subscriptions").
 *
 * @example
 * ```ts
 * SUBSCRIPTIONS_SCHEMA.fields.find((f) => f.name === 'subscriptionType')?.caseSensitive; // true
 * ```
 */
export const SUBSCRIPTIONS_SCHEMA = {
  name: 'subscriptions',
  fields: [
    { name: 'id', kind: 'guid', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'customerTenantId', kind: 'guid', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'customerName', kind: 'string', filterable: true, groupable: true, operators: CONTAINS_ONLY },
    { name: 'customerMarket', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'partnerId', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'partnerName', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'providerName', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'friendlyName', kind: 'string', filterable: true, groupable: true, operators: CONTAINS_ONLY },
    { name: 'productName', kind: 'string', filterable: true, groupable: true, operators: CONTAINS_AND_EQUALITY },
    { name: 'status', kind: 'enum', filterable: true, groupable: true, operators: EQUALITY, values: ['ACTIVE', 'SUSPENDED', 'DEPROVISIONED'] },
    {
      name: 'subscriptionType',
      kind: 'enum',
      filterable: true,
      groupable: true,
      operators: EQUALITY,
      values: ['Office', 'Azure', 'Microsoft365', 'Dynamics', 'EMS'],
      caseSensitive: true,
    },
    { name: 'autoRenewEnabled', kind: 'boolean', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'creationDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'effectiveStartDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'commitmentEndDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'currentStateEndDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'trialToPaidConversionDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'trialStartDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'trialEndDate', kind: 'datetime', filterable: false, groupable: false },
    { name: 'lastUsageDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'deprovisionedDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'lastRenewalDate', kind: 'datetime', filterable: true, groupable: true, operators: DATE_COMPARISONS },
    { name: 'churnRisk', kind: 'string', filterable: false, groupable: false },
    { name: 'billingCycleName', kind: 'string', filterable: false, groupable: false },
    { name: 'licenseCount', kind: 'count', filterable: false, groupable: false, aggregate: 'sum' },
    { name: 'subscriptionCount', kind: 'count', filterable: false, groupable: false, aggregate: 'rows', groupedOnly: true },
  ],
  endpoint: {
    id: 'subscriptions',
    paths: ['/partner/v1/analytics/subscriptions', '/v1/analytics/subscriptions'],
    parameters: ['aggregationLevel'],
    auth: 'user',
    aggregationLevel: { values: AGGREGATION_LEVELS, default: 'dateRange' },
    pages: [
      'get-all-subscription-analytics',
      'get-subscription-analytics-by-search-query',
      'get-subscription-analytics-grouped-by-dates-or-terms',
    ],
    example: { filter: "autoRenewEnabled eq true and contains(productName,'Office')", groupby: 'subscriptionType,creationDate' },
  },
} as const satisfies Schema;
