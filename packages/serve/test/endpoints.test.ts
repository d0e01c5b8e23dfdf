import { describe, expect, it } from 'vitest';
import { endpointSchema } from '@pcaq/core';
import { DEFAULT_ENDPOINT, ENDPOINTS, matchesEndpoint } from '@pcaq/serve';

describe('the endpoints pcaq serve answers', () => {
  it('are licence usage only today, with the path forms of core\'s registry', () => {
    expect(Object.keys(ENDPOINTS)).toEqual(['license-usage']);
    expect(ENDPOINTS[DEFAULT_ENDPOINT]).toEqual({
      name: 'license-usage',
      paths: ['/v1/analytics/commercial/usage/license', '/partner/v1/analytics/commercial/usage/license'],
    });
  });

  it('match every documented path form of their schema, in any case, with or without the trailing slash', () => {
    const endpoint = ENDPOINTS[DEFAULT_ENDPOINT]!;
    for (const path of endpointSchema('license-usage').endpoint.paths) {
      expect(matchesEndpoint(endpoint, path)).toBe(true);
      expect(matchesEndpoint(endpoint, path.replace(/\/$/, '').toUpperCase())).toBe(true);
    }
    expect(matchesEndpoint(endpoint, endpointSchema('subscriptions').endpoint.paths[0])).toBe(false);
  });
});
