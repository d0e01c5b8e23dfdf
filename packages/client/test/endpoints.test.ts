import { describe, expect, it } from 'vitest';
import { ENDPOINT_IDS, LICENSE_USAGE_PATH, endpointForPath, endpointSchema } from '@pcaq/core';
import { createClient, ENDPOINTS, isEndpointName } from '../src/index.js';

describe('the client\'s endpoint table', () => {
  it('knows every endpoint of core\'s registry, each at its path below the /partner root', () => {
    expect(Object.keys(ENDPOINTS)).toEqual(ENDPOINT_IDS);
    for (const id of ENDPOINT_IDS) {
      const { path } = ENDPOINTS[id];
      expect(path.startsWith('/partner/')).toBe(false);
      expect(endpointSchema(id).endpoint.paths).toContain(path);
      expect(endpointForPath(path)?.endpoint.id).toBe(id);
      expect(endpointForPath(`/partner${path}`)?.endpoint.id).toBe(id);
    }
    expect(ENDPOINTS['license-usage'].path).toBe(LICENSE_USAGE_PATH);
    expect(isEndpointName('subscriptions')).toBe(true);
    expect(isEndpointName('orders')).toBe(false);
  });

  it('lints a query against the fields of the endpoint it is sent to', () => {
    const client = createClient({ baseUrl: 'http://127.0.0.1:9/partner', token: 't', fetch: () => Promise.reject(new Error('no request expected')) });
    const licence = client.query('license-usage', { groupby: 'customerMarket' });
    expect(licence.ok).toBe(false);
    const subscriptions = client.query('subscriptions', { groupby: 'customerMarket' });
    expect(subscriptions.diagnostics).toEqual([]);
    expect(subscriptions.url).toBe('http://127.0.0.1:9/partner/v1/analytics/subscriptions?groupby=customerMarket');
  });
});
