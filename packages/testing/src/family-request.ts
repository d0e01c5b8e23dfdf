import fc from 'fast-check';
import type { AggregationLevel, EndpointSchema, FilterNode } from '@pcaq/core';
import { familyFilterTree } from './family-filter-tree.js';

/**
 * The parts of a random request of an endpoint, before a test writes them as a query of text, a
 * checked query or a URL.
 *
 * @example
 * ```ts
 * const parts: FamilyRequest = { groupby: ['channel'], orderby: [{ name: 'channel', direction: 'desc' }], top: 5, skip: 0 };
 * ```
 */
export interface FamilyRequest {
  readonly filter?: FilterNode;
  readonly groupby: readonly string[];
  readonly orderby: readonly { readonly name: string; readonly direction: 'asc' | 'desc' }[];
  readonly aggregationLevel?: AggregationLevel;
  readonly top: number;
  readonly skip: number;
}

/**
 * Random requests of an endpoint: a family filter (depth 2) or none, up to two group fields, up to
 * two orderby keys and an `aggregationLevel` where the endpoint takes them, a small page. The one
 * generator of the differential tests that compare engines and `pcaq serve`.
 *
 * @example
 * ```ts
 * fc.sample(familyRequest(ENDPOINT_SCHEMAS.subscriptions), 1)[0]?.top; // 1..12
 * ```
 */
export function familyRequest(schema: EndpointSchema): fc.Arbitrary<FamilyRequest> {
  const groupable = schema.fields.filter((f) => f.groupable).map((f) => f.name);
  const orderable = schema.fields.filter((f) => f.orderable).map((f) => f.name);
  const takes = (parameter: string): boolean => (schema.endpoint.parameters as readonly string[]).includes(parameter);
  return fc
    .record({
      filter: fc.option(familyFilterTree(schema, 2), { nil: undefined }),
      groupby: fc.oneof(fc.constant([] as string[]), fc.uniqueArray(fc.constantFrom(...groupable), { minLength: 1, maxLength: 2 })),
      orderby: takes('orderby') && orderable.length > 0 ? fc.uniqueArray(fc.constantFrom(...orderable), { maxLength: 2 }) : fc.constant([] as string[]),
      directions: fc.array(fc.constantFrom('asc' as const, 'desc' as const), { minLength: 2, maxLength: 2 }),
      level: takes('aggregationLevel') ? fc.option(fc.constantFrom<AggregationLevel>('day', 'week', 'month'), { nil: undefined }) : fc.constant(undefined),
      top: fc.integer({ min: 1, max: 12 }),
      skip: fc.integer({ min: 0, max: 6 }),
    })
    .map(({ filter, groupby, orderby, directions, level, top, skip }) => ({
      ...(filter === undefined ? {} : { filter }),
      groupby,
      orderby: orderby.map((name, i) => ({ name, direction: directions[i]! })),
      ...(level === undefined ? {} : { aggregationLevel: level }),
      top,
      skip,
    }));
}
