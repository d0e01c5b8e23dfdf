import { expectTypeOf, test } from 'vitest';
import { createClient, type ClientRow, type QueryRows } from '../src/index.js';

test('query takes only known endpoints and yields rows', () => {
  const client = createClient({ baseUrl: 'http://127.0.0.1:8080', token: 't' });
  expectTypeOf(client.query('license-usage', { top: 10 })).toEqualTypeOf<QueryRows>();
  expectTypeOf<QueryRows>().toMatchTypeOf<AsyncIterable<ClientRow>>();
  // @ts-expect-error an endpoint not in ENDPOINTS
  client.query('orders', {});
  // @ts-expect-error a query parameter that does not exist
  client.query('license-usage', { sortby: 'x' });
});
