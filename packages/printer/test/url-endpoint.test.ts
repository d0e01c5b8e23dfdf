import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ENDPOINT_IDS, ENDPOINT_SCHEMAS, type EndpointId } from '@pcaq/core';
import { endpointBaseUrl, locatePath, urlEndpoint } from '@pcaq/printer';

const HOST = 'https://api.partnercenter.microsoft.com';

describe('urlEndpoint infers the endpoint from the path of a URL', () => {
  it.each([
    [`${HOST}/partner/v1/analytics/subscriptions?top=5`, 'subscriptions'],
    [`${HOST}/partner/v1/analytics/subscriptions/?top=5`, 'subscriptions'],
    ['/V1/Analytics/Usage/Azure/?top=5', 'azure-usage'],
    ['/v1/analytics/indirectresellers?top=5', 'indirect-resellers'],
    [`GET ${HOST}/partner/v1/analytics/search?filter=referralSubmitted%20eq%20true HTTP/1.1`, 'search'],
    [`${HOST}/partner/v1/analytics/commercial/deployment/license?top=5#part`, 'license-deployment'],
    [`${HOST}/partner/v1/analytics/commercial/usage/license`, 'license-usage'],
  ])('%s is for %s, without a diagnostic', (url, id) => {
    const { schema, diagnostics } = urlEndpoint(url);
    expect(schema.endpoint.id).toBe(id);
    expect(diagnostics).toEqual([]);
  });

  it('a path of no endpoint is a PCAQ0412 warning at the path naming the known endpoints, and licence usage is used', () => {
    const url = `${HOST}/partner/v1/analytics/orders?top=5`;
    const { schema, diagnostics } = urlEndpoint(url);
    expect(schema.endpoint.id).toBe('license-usage');
    expect(diagnostics.map((d) => [d.code, d.severity, d.source, url.slice(d.span.start, d.span.end)])).toEqual([
      ['PCAQ0412', 'warning', 'url', '/partner/v1/analytics/orders'],
    ]);
    for (const id of ENDPOINT_IDS) expect(diagnostics[0]!.message).toContain(id);
  });

  it('a path of no endpoint falls back to the endpoint asked for', () => {
    const { schema, diagnostics } = urlEndpoint('/usage/?top=5', { endpoint: 'referrals' });
    expect(schema.endpoint.id).toBe('referrals');
    expect(diagnostics.map((d) => d.code)).toEqual(['PCAQ0412']);
  });

  it('a path of another endpoint than the one asked for is a PCAQ0413 error at the path, and the one asked for is used', () => {
    const url = `GET ${HOST}/partner/v1/analytics/subscriptions?top=5 HTTP/1.1`;
    const { schema, diagnostics } = urlEndpoint(url, { endpoint: 'search' });
    expect(schema.endpoint.id).toBe('search');
    expect(diagnostics.map((d) => [d.code, d.severity, url.slice(d.span.start, d.span.end)])).toEqual([
      ['PCAQ0413', 'error', '/partner/v1/analytics/subscriptions'],
    ]);
  });

  it('with pathWins, the path of another endpoint is used without a diagnostic', () => {
    const { schema, diagnostics } = urlEndpoint('/v1/analytics/subscriptions?top=5', { endpoint: 'search', pathWins: true });
    expect(schema.endpoint.id).toBe('subscriptions');
    expect(diagnostics).toEqual([]);
  });

  it.each(['?top=5', 'filter=channel%20eq%20%27x%27', 'license?top=5', `${HOST}/?top=5`, `${HOST}?top=5`, ''])(
    '%s names no endpoint and says nothing about it',
    (url) => {
      expect(urlEndpoint(url, { endpoint: 'search' })).toEqual({ schema: ENDPOINT_SCHEMAS.search, diagnostics: [] });
    },
  );

  it('the canonical URL of every endpoint is the endpoint it names', () => {
    for (const id of ENDPOINT_IDS) {
      const { schema, diagnostics } = urlEndpoint(`${endpointBaseUrl(ENDPOINT_SCHEMAS[id])}?top=5`, { endpoint: id });
      expect([schema.endpoint.id, diagnostics]).toEqual([id, []]);
    }
  });

  it('a value that is not a string or an endpoint id is an InvalidArgumentError, not a crash inside', () => {
    expect(() => urlEndpoint(5 as unknown as string)).toThrow(/urlEndpoint/);
    expect(() => urlEndpoint('?top=5', { endpoint: 'orders' as EndpointId })).toThrow(/urlEndpoint/);
    expect(() => locatePath(null as unknown as string)).toThrow(/locatePath/);
  });
});

const pathForms = ENDPOINT_IDS.flatMap((id) => ENDPOINT_SCHEMAS[id].endpoint.paths.map((path) => [id, path] as const));

describe('urlEndpoint over generated URLs', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 3000 }), fc.option(fc.constantFrom(...ENDPOINT_IDS), { nil: undefined })])(
    'never throws, and every diagnostic lies inside the text',
    (url, endpoint) => {
      const { diagnostics } = urlEndpoint(url, endpoint !== undefined ? { endpoint } : {});
      for (const d of diagnostics) {
        expect(d.span.start).toBeGreaterThanOrEqual(0);
        expect(d.span.end).toBeLessThanOrEqual(url.length);
        expect(d.span.start).toBeLessThan(d.span.end);
      }
    },
  );

  test.prop([
    fc.constantFrom(...pathForms),
    fc.constantFrom('', 'https://api.partnercenter.microsoft.com', 'http://localhost:8080', 'GET https://h'),
    fc.boolean(),
    fc.boolean(),
    fc.string({ maxLength: 200 }).map((q) => q.replace(/[#\s]/g, '')),
  ])('a documented path form in any case, with or without its trailing slash, names its endpoint', (form, host, upper, slash, query) => {
    const [id, path] = form;
    const written = (upper ? path.toUpperCase() : path).replace(/\/$/, '') + (slash ? '/' : '');
    const url = `${host}${written}?${query}${host.startsWith('GET') ? ' HTTP/1.1' : ''}`;
    const { schema, diagnostics } = urlEndpoint(url);
    expect([schema.endpoint.id, diagnostics]).toEqual([id, []]);
  });
});
