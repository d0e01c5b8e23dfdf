import type { Schema } from '../schema.js';
import { AGGREGATION_LEVELS, DATE_COMPARISONS, EQUALITY } from './operators.js';

/**
 * The Azure usage analytics resource (`/partner/v1/analytics/usage/azure`): thirteen filterable,
 * groupable and orderable fields (dates take the six comparisons, the rest `eq ne`) and the summed
 * `quantity` (docs/endpoints.md, "azure-usage").
 *
 * @example
 * ```ts
 * AZURE_USAGE_SCHEMA.fields.filter((f) => 'orderable' in f).length; // 13
 * ```
 */
export const AZURE_USAGE_SCHEMA = {
  name: 'Azure usage',
  fields: [
    { name: 'customerTenantId', kind: 'guid', filterable: true, groupable: true, orderable: true, operators: EQUALITY },
    { name: 'customerName', kind: 'string', filterable: true, groupable: true, orderable: true, operators: EQUALITY },
    { name: 'subscriptionId', kind: 'string', filterable: true, groupable: true, orderable: true, operators: EQUALITY },
    { name: 'subscriptionName', kind: 'string', filterable: true, groupable: true, orderable: true, operators: EQUALITY },
    { name: 'usageDate', kind: 'datetime', filterable: true, groupable: true, orderable: true, operators: DATE_COMPARISONS },
    { name: 'resourceLocation', kind: 'string', filterable: true, groupable: true, orderable: true, operators: EQUALITY },
    { name: 'meterCategory', kind: 'string', filterable: true, groupable: true, orderable: true, operators: EQUALITY },
    { name: 'meterSubcategory', kind: 'string', filterable: true, groupable: true, orderable: true, operators: EQUALITY },
    { name: 'meterUnit', kind: 'string', filterable: true, groupable: true, orderable: true, operators: EQUALITY },
    { name: 'reservationOrderId', kind: 'string', filterable: true, groupable: true, orderable: true, operators: EQUALITY },
    { name: 'reservationId', kind: 'string', filterable: true, groupable: true, orderable: true, operators: EQUALITY },
    { name: 'consumptionMeterId', kind: 'string', filterable: true, groupable: true, orderable: true, operators: EQUALITY },
    { name: 'serviceType', kind: 'string', filterable: true, groupable: true, orderable: true, operators: EQUALITY },
    { name: 'quantity', kind: 'count', filterable: false, groupable: false, aggregate: 'sum' },
  ],
  endpoint: {
    id: 'azure-usage',
    paths: ['/partner/v1/analytics/usage/azure', '/v1/analytics/usage/azure'],
    parameters: ['aggregationLevel', 'orderby'],
    auth: 'user',
    aggregationLevel: { values: AGGREGATION_LEVELS, default: 'day' },
    pages: ['get-all-azure-usage-analytics'],
    example: { filter: "usageDate ge cast('2018-01-01', Edm.DateTimeOffset) and usageDate lt cast('2018-02-01', Edm.DateTimeOffset)", groupby: 'meterCategory,usageDate' },
  },
} as const satisfies Schema;
