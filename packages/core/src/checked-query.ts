import type { FilterNode } from './ast.js';
import { NO_SPAN } from './factories.js';
import { InvalidArgumentError } from './invalid-argument.js';
import type { Schema } from './schema.js';
import type { Span } from './span.js';

/**
 * One field named in `groupby`, with where it was written (`NO_SPAN` when built in code).
 *
 * @example
 * ```ts
 * const g: GroupByFieldNode = { type: 'GroupByField', name: 'channel', span: { start: 0, end: 7 } };
 * ```
 */
export interface GroupByFieldNode {
  readonly type: 'GroupByField';
  readonly name: string;
  readonly span: Span;
}

/**
 * How `aggregationLevel` buckets a date field in the group-by (docs/endpoints.md).
 *
 * @example
 * ```ts
 * const level: AggregationLevel = 'week';
 * ```
 */
export type AggregationLevel = 'day' | 'week' | 'month';

/**
 * One sort key of `orderby` (`usageDate desc`), with where it was written (`NO_SPAN` when built in code).
 *
 * @example
 * ```ts
 * const key: OrderByItemNode = { type: 'OrderByItem', name: 'usageDate', direction: 'desc', span: { start: 0, end: 14 } };
 * ```
 */
export interface OrderByItemNode {
  readonly type: 'OrderByItem';
  readonly name: string;
  readonly direction: 'asc' | 'desc';
  readonly span: Span;
}

/**
 * A request that passed checking against a schema, with defaults applied: the hand-off between the
 * linter and every later stage (evaluator, SQL compiler, engines, server, client). No stage after
 * the linter parses text again (docs/architecture.md, "The checked query").
 *
 * Only the linter's `checkQuery` and the builder create one from input; the factory
 * {@link checkedQuery} trusts its caller.
 *
 * @example
 * ```ts
 * const q: CheckedQuery = checkedQuery({ schema: LICENSE_USAGE_SCHEMA, top: 10000, skip: 0 });
 * ```
 */
export interface CheckedQuery {
  readonly type: 'CheckedQuery';
  /** The schema the query was checked against; later stages read fields from it. */
  readonly schema: Schema;
  readonly filter?: FilterNode;
  /** The group-by fields, each once, in the order written. */
  readonly groupby?: readonly GroupByFieldNode[];
  /** 1..10000; default 10000. */
  readonly top: number;
  /** 0 or more; default 0. */
  readonly skip: number;
  /** As given (ISO 8601); absent means the latest processed date in the data. */
  readonly processedDateTime?: string;
  /** `orderby`, on endpoints that take it: the sort keys in order (docs/endpoints.md). */
  readonly orderby?: readonly OrderByItemNode[];
  /** `aggregationLevel`, on endpoints that take it: how a grouped date field is bucketed. */
  readonly aggregationLevel?: AggregationLevel;
  /**
   * The text `filter` and `groupby` were given as, when they were text: `nextLink` repeats the
   * caller's parameters verbatim (docs/evaluation.md, "Paging and nextLink"). Absent for parts
   * built in code, which are printed canonically. `top` is here when the caller gave it: a
   * default `top` is not written into `nextLink`. `orderby` likewise keeps the text it was given.
   */
  readonly source?: { readonly filter?: string; readonly groupby?: string; readonly top?: number; readonly orderby?: string };
}

/**
 * The parts of a {@link CheckedQuery}, as {@link checkedQuery} takes them.
 *
 * @example
 * ```ts
 * const parts: CheckedQueryParts = { schema: LICENSE_USAGE_SCHEMA, top: 5, skip: 0 };
 * ```
 */
export type CheckedQueryParts = Omit<CheckedQuery, 'type'>;

/**
 * Creates a frozen group-by field node.
 *
 * @example
 * ```ts
 * groupByField('customerTenantId'); // { type: 'GroupByField', name: 'customerTenantId', span: NO_SPAN }
 * ```
 */
export function groupByField(name: string, at: Span = NO_SPAN): GroupByFieldNode {
  if (typeof name !== 'string') throw new InvalidArgumentError('groupByField', 'name', 'is not a string');
  return Object.freeze({ type: 'GroupByField', name, span: at });
}

/**
 * Creates a frozen `orderby` sort key; the direction defaults to `asc`, as the service's does
 * (docs/language.md, "orderby").
 *
 * @throws InvalidArgumentError when `name` is not a string or `direction` not `asc` or `desc`
 *   (only code can give those).
 * @example
 * ```ts
 * orderByItem('usageDate', 'desc'); // { type: 'OrderByItem', name: 'usageDate', direction: 'desc', span: NO_SPAN }
 * ```
 */
export function orderByItem(name: string, direction: 'asc' | 'desc' = 'asc', at: Span = NO_SPAN): OrderByItemNode {
  if (typeof name !== 'string') throw new InvalidArgumentError('orderByItem', 'name', 'is not a string');
  if (direction !== 'asc' && direction !== 'desc') throw new InvalidArgumentError('orderByItem', 'direction', "is not 'asc' or 'desc'");
  return Object.freeze({ type: 'OrderByItem', name, direction, span: at });
}

/**
 * Creates a frozen checked query from parts that were already checked. Absent optional parts stay
 * absent (never `undefined`-valued keys), so checked queries compare with `toEqual`.
 *
 * @throws InvalidArgumentError when `parts` has no schema or `top`/`skip` are not numbers (only
 *   code can give those).
 * @example
 * ```ts
 * checkedQuery({ schema: LICENSE_USAGE_SCHEMA, groupby: [groupByField('channel')], top: 100, skip: 0 });
 * ```
 */
export function checkedQuery(parts: CheckedQueryParts): CheckedQuery {
  if (typeof parts !== 'object' || parts === null) throw new InvalidArgumentError('checkedQuery', 'parts', 'is not an object');
  if (typeof parts.schema !== 'object' || parts.schema === null) throw new InvalidArgumentError('checkedQuery', 'parts.schema', 'is not a schema');
  if (typeof parts.top !== 'number' || typeof parts.skip !== 'number') throw new InvalidArgumentError('checkedQuery', 'parts.top/skip', 'are not numbers');
  return Object.freeze({
    type: 'CheckedQuery',
    schema: parts.schema,
    ...(parts.filter !== undefined ? { filter: parts.filter } : {}),
    ...(parts.groupby !== undefined ? { groupby: Object.freeze([...parts.groupby]) } : {}),
    top: parts.top,
    skip: parts.skip,
    ...(parts.processedDateTime !== undefined ? { processedDateTime: parts.processedDateTime } : {}),
    ...(parts.orderby !== undefined ? { orderby: Object.freeze([...parts.orderby]) } : {}),
    ...(parts.aggregationLevel !== undefined ? { aggregationLevel: parts.aggregationLevel } : {}),
    ...(parts.source !== undefined ? { source: Object.freeze({ ...parts.source }) } : {}),
  } satisfies CheckedQuery);
}

/**
 * Whether a value is a {@link CheckedQuery} (by its `type` tag and the shape of its parts).
 *
 * @example
 * ```ts
 * isCheckedQuery(checkedQuery({ schema: LICENSE_USAGE_SCHEMA, top: 1, skip: 0 })); // true
 * isCheckedQuery({ filter: "channel eq 'x'" });                                   // false
 * ```
 */
export function isCheckedQuery(value: unknown): value is CheckedQuery {
  if (typeof value !== 'object' || value === null) return false;
  const q = value as Partial<CheckedQuery>;
  return q.type === 'CheckedQuery' && typeof q.schema === 'object' && q.schema !== null && typeof q.top === 'number' && typeof q.skip === 'number';
}

/**
 * Whether a value is a {@link GroupByFieldNode}.
 *
 * @example
 * ```ts
 * isGroupByField(groupByField('channel')); // true
 * isGroupByField('channel');               // false
 * ```
 */
export function isGroupByField(value: unknown): value is GroupByFieldNode {
  if (typeof value !== 'object' || value === null) return false;
  const g = value as Partial<GroupByFieldNode>;
  return g.type === 'GroupByField' && typeof g.name === 'string';
}

/**
 * The names of a checked query's group-by fields (empty when it has none).
 *
 * @example
 * ```ts
 * groupByNames(checkedQuery({ schema: LICENSE_USAGE_SCHEMA, groupby: [groupByField('channel')], top: 1, skip: 0 })); // ['channel']
 * ```
 */
export function groupByNames(query: CheckedQuery): readonly string[] {
  if (!isCheckedQuery(query)) throw new InvalidArgumentError('groupByNames', 'query', 'is not a checked query');
  return query.groupby === undefined ? [] : query.groupby.map((g) => g.name);
}
