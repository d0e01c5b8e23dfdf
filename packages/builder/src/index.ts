/**
 * The pcaq builder: requests to every analytics endpoint composed in typed, immutable code, and a tagged
 * template that makes filters from text and variables without any chance of filter injection.
 * Both produce the same frozen tree the parser does (through the `@pcaq/core` node factories) and
 * report problems with the linter's diagnostic codes.
 *
 * @packageDocumentation
 */
export { QueryBuildError } from './build-error.js';
export type { Condition, ConditionLike } from './condition.js';
export { where, anyOf, noneOf, type FieldRef } from './where.js';
export { allOf, someOf } from './combinators.js';
export { filter } from './filter-template.js';
export { filterOn, type FilterTag } from './filter-on.js';
export { fromFilter } from './from-filter.js';
export { licenseUsageQuery, query, type BuildResult, type QueryBuilder } from './query-builder.js';
export { whereOn } from './where-on.js';
export type {
  EndpointFieldDefinition,
  FieldComparisons,
  FilterableFieldOf,
  GroupableFieldOf,
  IsoDateText,
  OperatorOf,
  ParameterOf,
  TemplateValueOf,
  TypedFieldRef,
  ValueOf,
  ValueOfDefinition,
} from './endpoint-types.js';
