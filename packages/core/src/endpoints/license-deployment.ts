import type { Schema } from '../schema.js';
import { EQUALITY } from './operators.js';

/**
 * The "Get licenses deployment information" resource (`/v1/analytics/commercial/deployment/license/`):
 * seven filterable and groupable fields, two counts and the processed date; snapshots as licence
 * usage (docs/endpoints.md, "license-deployment").
 *
 * @example
 * ```ts
 * LICENSE_DEPLOYMENT_SCHEMA.fields.filter((f) => f.kind === 'count').map((f) => f.name); // ['licensesDeployed', 'licensesSold']
 * ```
 */
export const LICENSE_DEPLOYMENT_SCHEMA = {
  name: 'license deployment',
  fields: [
    { name: 'serviceCode', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'serviceName', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'channel', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'customerTenantId', kind: 'guid', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'customerName', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'productId', kind: 'guid', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'productName', kind: 'string', filterable: true, groupable: true, operators: EQUALITY },
    { name: 'licensesDeployed', kind: 'count', filterable: false, groupable: false, aggregate: 'sum' },
    { name: 'licensesSold', kind: 'count', filterable: false, groupable: false, aggregate: 'sum' },
    { name: 'processedDateTime', kind: 'datetime', filterable: false, groupable: false },
  ],
  endpoint: {
    id: 'license-deployment',
    paths: ['/v1/analytics/commercial/deployment/license/', '/partner/v1/analytics/commercial/deployment/license/'],
    parameters: ['processedDateTime'],
    auth: 'app+user',
    pages: ['get-licenses-deployment-information'],
    example: { filter: "serviceCode eq 'O365' or (channel eq 'Reseller')", groupby: 'serviceCode,channel' },
  },
} as const satisfies Schema;
