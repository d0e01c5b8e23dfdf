import type { Schema } from '../schema.js';
import { AGGREGATION_LEVELS, DATE_COMPARISONS, EQUALITY, NO_DATE } from './operators.js';

/**
 * The indirect resellers analytics resource (`/partner/v1/analytics/indirectresellers`): four text
 * fields and eight dates (the page's `0001-01-01T00:00:00` read as null), three summed counts
 * (docs/endpoints.md, "indirect-resellers").
 *
 * @example
 * ```ts
 * INDIRECT_RESELLERS_SCHEMA.fields.find((f) => f.name === 'latestSubscriptionDeprovisionedDate')?.aliases;
 * // ['latestSubscriptionDeprovisionedEndDate']
 * ```
 */
export const INDIRECT_RESELLERS_SCHEMA = {
  name: 'indirect resellers',
  fields: [
    { name: 'partnerTenantId', kind: 'guid', filterable: true, groupable: true, orderable: true, operators: EQUALITY },
    { name: 'id', kind: 'string', filterable: true, groupable: true, orderable: true, operators: EQUALITY },
    { name: 'name', kind: 'string', filterable: true, groupable: true, orderable: true, operators: EQUALITY },
    { name: 'market', kind: 'string', filterable: true, groupable: true, orderable: true, operators: EQUALITY },
    { name: 'firstSubscriptionCreationDate', kind: 'datetime', filterable: true, groupable: true, orderable: true, operators: DATE_COMPARISONS, nullValues: NO_DATE },
    { name: 'latestSubscriptionCreationDate', kind: 'datetime', filterable: true, groupable: true, orderable: true, operators: DATE_COMPARISONS, nullValues: NO_DATE },
    { name: 'firstSubscriptionEndDate', kind: 'datetime', filterable: true, groupable: true, orderable: true, operators: DATE_COMPARISONS, nullValues: NO_DATE },
    { name: 'latestSubscriptionEndDate', kind: 'datetime', filterable: true, groupable: true, orderable: true, operators: DATE_COMPARISONS, nullValues: NO_DATE },
    { name: 'firstSubscriptionSuspendedDate', kind: 'datetime', filterable: true, groupable: true, orderable: true, operators: DATE_COMPARISONS, nullValues: NO_DATE },
    { name: 'latestSubscriptionSuspendedDate', kind: 'datetime', filterable: true, groupable: true, orderable: true, operators: DATE_COMPARISONS, nullValues: NO_DATE },
    { name: 'firstSubscriptionDeprovisionedDate', kind: 'datetime', filterable: true, groupable: true, orderable: true, operators: DATE_COMPARISONS, nullValues: NO_DATE },
    {
      name: 'latestSubscriptionDeprovisionedDate',
      kind: 'datetime',
      filterable: true,
      groupable: true,
      orderable: true,
      operators: DATE_COMPARISONS,
      nullValues: NO_DATE,
      aliases: ['latestSubscriptionDeprovisionedEndDate'],
    },
    { name: 'subscriptionCount', kind: 'count', filterable: false, groupable: false, aggregate: 'sum' },
    { name: 'licenseCount', kind: 'count', filterable: false, groupable: false, aggregate: 'sum' },
    { name: 'indirectResellerCount', kind: 'count', filterable: false, groupable: false, aggregate: 'sum' },
  ],
  endpoint: {
    id: 'indirect-resellers',
    paths: ['/partner/v1/analytics/indirectresellers', '/v1/analytics/indirectresellers'],
    parameters: ['aggregationLevel', 'orderby'],
    auth: 'user',
    aggregationLevel: { values: AGGREGATION_LEVELS, default: 'day' },
    pages: ['get-all-indirect-resellers-analytics'],
    example: { filter: "firstSubscriptionCreationDate le cast('2018-01-01', Edm.DateTimeOffset)", groupby: 'market' },
  },
} as const satisfies Schema;
