import type { Row } from '@pcaq/evaluator';

/** A small data set: two processed dates, mixed case, a missing value, the page's GUID. */
export const TENANT = '0112A436-B14E-4888-967B-CA4BB2CF1234';

export function usageRow(overrides: Record<string, Row[string]>): Row {
  return {
    processedDateTime: '2018-10-14T00:00:00',
    workloadCode: 'SPO',
    workloadName: 'SharePoint',
    serviceCode: 'o365',
    serviceName: 'Microsoft Office 365',
    channel: 'reseller',
    customerTenantId: TENANT,
    customerName: 'TEST COMPANY',
    productId: '6FD2C87F-B296-42F0-B197-1E91E994B900',
    productName: 'OFFICE 365 ENTERPRISE E3',
    licensesActive: 0,
    licensesQualified: 1,
    ...overrides,
  };
}

export const ROWS: readonly Row[] = [
  usageRow({ workloadCode: 'SPO', channel: 'reseller', licensesActive: 1, licensesQualified: 2 }),
  usageRow({ workloadCode: 'EXO', channel: 'Reseller', customerTenantId: TENANT.toLowerCase(), licensesActive: 3, licensesQualified: 4 }),
  usageRow({ workloadCode: 'sfb', channel: 'Direct', customerName: "O'Brien & Söhne", licensesActive: 5, licensesQualified: 6 }),
  usageRow({ workloadCode: 'SFB', channel: null, licensesActive: 7, licensesQualified: 8 }),
  usageRow({ workloadCode: 'EXO', channel: undefined, customerName: 'Ünïcode 𝒜 Ltd', licensesActive: 9, licensesQualified: 10 }),
  usageRow({ processedDateTime: '2018-09-14T00:00:00', workloadCode: 'SFB', licensesActive: 100, licensesQualified: 100 }),
];
