import { ENDPOINT_IDS, InvalidArgumentError, endpointSchema, type EndpointId } from '@pcaq/core';
import type { Condition } from './condition.js';
import type { TemplateValueOf } from './endpoint-types.js';
import { templateCondition } from './template-condition.js';

/**
 * The template tag of one endpoint, as `filterOn(id)` returns it: the `filter` tag checked against
 * that endpoint's schema, whose interpolations may also be booleans and dates where the endpoint
 * has such fields ({@link TemplateValueOf}).
 *
 * @example
 * ```ts
 * const subscriptionsFilter: FilterTag<'subscriptions'> = filterOn('subscriptions');
 * subscriptionsFilter`autoRenewEnabled eq ${true}`.toString(); // 'autoRenewEnabled eq true'
 * ```
 */
export type FilterTag<Id extends EndpointId> = (strings: TemplateStringsArray, ...values: readonly TemplateValueOf<Id>[]) => Condition;

/**
 * The `filter` template tag for the endpoint `id` of `ENDPOINT_SCHEMAS`: the assembled text is
 * parsed and checked against that endpoint's schema (its fields, operators, enum values, booleans
 * and dates), with every diagnostic at its place in `condition.text`. Each interpolation is one
 * literal, never syntax: a string is one quoted string (always, on any field), a `boolean` is
 * `true`/`false`, a `Date` is `cast('<toISOString()>', Edm.DateTimeOffset)`. Anything else (a
 * JavaScript caller's number, object, `null`), and a boolean or date where `contains` wants text,
 * is PCAQ0109 at the interpolation; an interpolation where a field, an operator or a keyword
 * belongs is PCAQ0112 there. The tag never throws (docs/builder.md, "The template tag on any
 * endpoint").
 *
 * @throws InvalidArgumentError when `id` is not an endpoint's id (only a JavaScript caller can pass one).
 * @example
 * ```ts
 * const since = new Date('2018-01-01T00:00:00Z');
 * const renewing = filterOn('subscriptions')`creationDate ge ${since} and autoRenewEnabled eq ${true} and contains(productName,${'Office'})`;
 * renewing.toString();
 * // "creationDate ge cast('2018-01-01T00:00:00.000Z', Edm.DateTimeOffset) and autoRenewEnabled eq true and contains(productName,'Office')"
 * query('subscriptions').filter(renewing).groupBy('subscriptionType').toUrl();
 * filterOn('subscriptions')`status eq ${'ACTIVE'} or ${'customerName'} eq 'x'`.diagnostics[0]?.code; // 'PCAQ0112'
 * ```
 */
export function filterOn<Id extends EndpointId>(id: Id): FilterTag<Id> {
  const schema = endpointSchema(id as string);
  if (schema === undefined) throw new InvalidArgumentError('filterOn', 'id', `is not an endpoint's id (${ENDPOINT_IDS.join(', ')})`);
  return Object.freeze((strings: TemplateStringsArray, ...values: readonly unknown[]) => templateCondition(strings, values, { schema, typedValues: true }));
}
