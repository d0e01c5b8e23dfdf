import { ENDPOINT_IDS, InvalidArgumentError, endpointSchema, type EndpointId } from '@pcaq/core';
import type { Condition } from './condition.js';
import type { FilterableFieldOf, TypedFieldRef } from './endpoint-types.js';
import { fieldComparisons } from './field-comparisons.js';

/**
 * Starts a condition on a field of the endpoint `id`, typed as `query(id).where(name)` is, for
 * conditions combined with `someOf`, `allOf`, `or` before they reach the builder. The condition is
 * checked against that endpoint's schema at once.
 *
 * @throws InvalidArgumentError when `id` is not an endpoint's id (only a JavaScript caller can pass one).
 * @example
 * ```ts
 * const activeOrRenewing = someOf(whereOn('subscriptions', 'status').eq('ACTIVE'), whereOn('subscriptions', 'autoRenewEnabled').eq(true));
 * activeOrRenewing.toString(); // "status eq 'ACTIVE' or autoRenewEnabled eq true"
 * query('subscriptions').filter(activeOrRenewing).toUrl();
 * ```
 */
export function whereOn<Id extends EndpointId, Name extends FilterableFieldOf<Id>>(id: Id, name: Name): TypedFieldRef<Id, Name, Condition> {
  const schema = endpointSchema(id as string);
  if (schema === undefined) throw new InvalidArgumentError('whereOn', 'id', `is not an endpoint's id (${ENDPOINT_IDS.join(', ')})`);
  // Every comparison is offered at run time; the type keeps those the field takes.
  return fieldComparisons(schema, name, (condition) => condition) as unknown as TypedFieldRef<Id, Name, Condition>;
}
