import type { ENDPOINT_SCHEMAS, EndpointId } from '@pcaq/core';

// The builder's types read every endpoint's schema as literal types (the schemas are written
// `as const satisfies Schema`), so a field, an operator or a value the schema does not allow is
// a compile error, not a diagnostic at run time (docs/builder.md, "One builder per endpoint").

/**
 * The definition of one field of the endpoint `Id`, as literal types.
 *
 * @example
 * ```ts
 * type Status = Extract<EndpointFieldDefinition<'subscriptions'>, { name: 'status' }>; // { kind: 'enum'; values: [...] ... }
 * ```
 */
export type EndpointFieldDefinition<Id extends EndpointId> = (typeof ENDPOINT_SCHEMAS)[Id]['fields'][number];

/**
 * Names of the fields of the endpoint `Id` that may appear in `filter`.
 *
 * @example
 * ```ts
 * const f: FilterableFieldOf<'subscriptions'> = 'creationDate';
 * ```
 */
export type FilterableFieldOf<Id extends EndpointId> = Extract<EndpointFieldDefinition<Id>, { readonly filterable: true }>['name'];

/**
 * Names of the fields of the endpoint `Id` that may appear in `groupby`.
 *
 * @example
 * ```ts
 * const g: GroupableFieldOf<'subscriptions'> = 'subscriptionType';
 * ```
 */
export type GroupableFieldOf<Id extends EndpointId> = Extract<EndpointFieldDefinition<Id>, { readonly groupable: true }>['name'];

/**
 * The request parameters the endpoint `Id` takes beyond `filter`, `groupby`, `top` and `skip`.
 *
 * @example
 * ```ts
 * type Licence = ParameterOf<'license-usage'>; // 'processedDateTime'
 * ```
 */
export type ParameterOf<Id extends EndpointId> = (typeof ENDPOINT_SCHEMAS)[Id]['endpoint']['parameters'][number];

type DefinitionOf<Id extends EndpointId, Name extends string> = Extract<EndpointFieldDefinition<Id>, { readonly name: Name }>;

/**
 * The operators the field `Name` of the endpoint `Id` takes: its schema entry's `operators`, or
 * `eq` and `ne` when the entry lists none (docs/endpoints.md).
 *
 * @example
 * ```ts
 * type Dates = OperatorOf<'subscriptions', 'creationDate'>; // 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'
 * ```
 */
export type OperatorOf<Id extends EndpointId, Name extends string> =
  DefinitionOf<Id, Name> extends { readonly operators: readonly (infer Operator)[] } ? Operator : 'eq' | 'ne';

/**
 * Date-time text the builder accepts on a date field: an ISO 8601 date (`2018-01-01`) or date-time
 * (`2018-01-01T10:30:00Z`). The checker still checks the calendar (PCAQ0209 for `2018-02-30`).
 *
 * @example
 * ```ts
 * const day: IsoDateText = '2018-01-01';
 * ```
 */
export type IsoDateText = `${number}-${number}-${number}` | `${number}-${number}-${number}T${string}`;

/**
 * The values a field of this definition is compared with: a `Date` or ISO text for a date-time
 * (printed in the cast form), a `boolean` for a boolean, the documented values for an enum (or
 * other text: the service returns values outside its lists, and the linter only warns, PCAQ0210),
 * text otherwise.
 *
 * @example
 * ```ts
 * type When = ValueOfDefinition<{ kind: 'datetime' }>; // Date | IsoDateText
 * ```
 */
export type ValueOfDefinition<Definition> = Definition extends { readonly kind: 'datetime' }
  ? Date | IsoDateText
  : Definition extends { readonly kind: 'boolean' }
    ? boolean
    : Definition extends { readonly kind: 'enum'; readonly values: readonly (infer Value extends string)[] }
      ? Value | (string & {})
      : string;

/**
 * The values the field `Name` of the endpoint `Id` is compared with ({@link ValueOfDefinition}).
 *
 * @example
 * ```ts
 * const renews: ValueOf<'subscriptions', 'autoRenewEnabled'> = true;
 * ```
 */
export type ValueOf<Id extends EndpointId, Name extends string> = ValueOfDefinition<DefinitionOf<Id, Name>>;

/**
 * Every comparison a field may offer, each giving a `Result`; {@link TypedFieldRef} keeps those
 * the field takes.
 *
 * @example
 * ```ts
 * declare const all: FieldComparisons<string, Condition>;
 * all.contains('Office');
 * ```
 */
export interface FieldComparisons<Value, Result> {
  /** `field eq value`. */
  eq(value: Value): Result;
  /** `field ne value`. */
  ne(value: Value): Result;
  /** `field gt value`: later than (dates). */
  gt(value: Value): Result;
  /** `field ge value`: at or later than (dates). */
  ge(value: Value): Result;
  /** `field lt value`: earlier than (dates). */
  lt(value: Value): Result;
  /** `field le value`: at or earlier than (dates). */
  le(value: Value): Result;
  /** `contains(field,'text')`: the field's text holds `text`. */
  contains(text: string): Result;
  /** `field eq a or field eq b ...`: one flat `or`; an empty list is a PCAQ0101 error. */
  anyOf(values: readonly Value[]): Result;
  /** `field ne a and field ne b ...`: one flat `and`; an empty list is a PCAQ0101 error. */
  noneOf(values: readonly Value[]): Result;
}

/** `anyOf` where the field takes `eq`, `noneOf` where it takes `ne`. */
type ListComparisons<Operator> = ('eq' extends Operator ? 'anyOf' : never) | ('ne' extends Operator ? 'noneOf' : never);

/**
 * A filterable field of the endpoint `Id`, waiting for its comparison: only the operators its
 * schema entry lists compile, each with values of the field's kind ({@link ValueOf}).
 *
 * @example
 * ```ts
 * declare const created: TypedFieldRef<'subscriptions', 'creationDate', Condition>;
 * created.gt(new Date('2018-01-01T00:00:00Z'));
 * ```
 */
export type TypedFieldRef<Id extends EndpointId, Name extends FilterableFieldOf<Id>, Result> = { readonly name: Name } & Pick<
  FieldComparisons<ValueOf<Id, Name>, Result>,
  Extract<OperatorOf<Id, Name>, keyof FieldComparisons<unknown, unknown>> | ListComparisons<OperatorOf<Id, Name>>
>;

/** The value kinds of the filterable fields of the endpoint `Id`. */
type FilterableKindOf<Id extends EndpointId> = Extract<EndpointFieldDefinition<Id>, { readonly filterable: true }>['kind'];

/**
 * What an interpolation of `filterOn(id)` may be: text always (one quoted literal), a `boolean`
 * where the endpoint has a boolean field (`true`/`false`), a `Date` where it has a date field
 * (`cast('...', Edm.DateTimeOffset)`). Licence usage has neither, so its tag takes text only
 * (docs/builder.md, "The template tag on any endpoint").
 *
 * @example
 * ```ts
 * const when: TemplateValueOf<'subscriptions'> = new Date('2018-01-01T00:00:00Z'); // string | boolean | Date
 * const name: TemplateValueOf<'license-usage'> = 'Contoso';                          // string only
 * ```
 */
export type TemplateValueOf<Id extends EndpointId> =
  | string
  | ('boolean' extends FilterableKindOf<Id> ? boolean : never)
  | ('datetime' extends FilterableKindOf<Id> ? Date : never);
