import { expectTypeOf, test } from 'vitest';
import { ENDPOINT_SCHEMAS, endpointSchema, type EndpointId, type EndpointSchema, type SUBSCRIPTIONS_SCHEMA } from '@pcaq/core';

type FieldOf<S extends { fields: readonly { name: string }[] }, N extends string> = Extract<S['fields'][number], { name: N }>;

test('the registry\'s ids are a union of literals', () => {
  expectTypeOf<EndpointId>().toEqualTypeOf<'license-usage' | 'license-deployment' | 'subscriptions' | 'azure-usage' | 'indirect-resellers' | 'referrals' | 'search'>();
});

test('endpointSchema keeps the literal schema of a known id and widens for any string', () => {
  expectTypeOf(endpointSchema('subscriptions')).toEqualTypeOf<typeof SUBSCRIPTIONS_SCHEMA>();
  expectTypeOf(endpointSchema('x' as string)).toEqualTypeOf<EndpointSchema | undefined>();
  expectTypeOf(ENDPOINT_SCHEMAS.search).toMatchTypeOf<EndpointSchema>();
});

test('each field keeps its kind, operators and enum values as literal types (a typed builder derives from them)', () => {
  type Creation = FieldOf<typeof SUBSCRIPTIONS_SCHEMA, 'creationDate'>;
  expectTypeOf<Creation['kind']>().toEqualTypeOf<'datetime'>();
  expectTypeOf<Creation['operators'][number]>().toEqualTypeOf<'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'>();
  type SubscriptionType = FieldOf<typeof SUBSCRIPTIONS_SCHEMA, 'subscriptionType'>;
  expectTypeOf<SubscriptionType['values'][number]>().toEqualTypeOf<'Office' | 'Azure' | 'Microsoft365' | 'Dynamics' | 'EMS'>();
  expectTypeOf<FieldOf<typeof SUBSCRIPTIONS_SCHEMA, 'customerName'>['operators'][number]>().toEqualTypeOf<'contains'>();
  type Groupable = Extract<(typeof SUBSCRIPTIONS_SCHEMA)['fields'][number], { groupable: true }>['name'];
  expectTypeOf<'subscriptionCount'>().not.toMatchTypeOf<Groupable>();
  expectTypeOf<'autoRenewEnabled'>().toMatchTypeOf<Groupable>();
});
