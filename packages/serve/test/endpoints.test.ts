import { describe, expect, it } from 'vitest';
import { ENDPOINT_IDS, endpointSchema } from '@pcaq/core';
import { DEFAULT_ENDPOINT, ENDPOINTS, matchesEndpoint } from '@pcaq/serve';

describe('the endpoints pcaq serve answers', () => {
  it('are every endpoint of the family the evaluator answers, with the path forms and schema of core\'s registry', () => {
    expect(Object.keys(ENDPOINTS)).toEqual([...ENDPOINT_IDS]);
    expect(ENDPOINTS[DEFAULT_ENDPOINT]).toEqual({
      name: 'license-usage',
      paths: ['/v1/analytics/commercial/usage/license', '/partner/v1/analytics/commercial/usage/license'],
      schema: endpointSchema('license-usage'),
    });
    expect(ENDPOINTS.subscriptions?.schema).toBe(endpointSchema('subscriptions'));
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
