/**
 * The pcaq checker: schema rules over parsed filters and group-by lists. It never parses; give it
 * the nodes `@pcaq/parser` (or the builder) made and the text they came from.
 *
 * @packageDocumentation
 */
export { checkFilter, checkGroupBy } from './check.js';
export { CHECK_RULES } from './registry.js';
export type { CheckOptions, CheckRule, RuleContext } from './rule.js';
export { unknownFieldRule } from './rules/unknown-field.js';
export { fieldNotFilterableRule } from './rules/field-not-filterable.js';
export { fieldNotGroupableRule } from './rules/field-not-groupable.js';
export { guidLiteralRule } from './rules/invalid-guid.js';
export { fieldNameRule } from './rules/invalid-field-name.js';
export { operatorNotAllowedRule } from './rules/operator-not-allowed.js';
export { literalKindMismatchRule } from './rules/literal-kind-mismatch.js';
export { dateNotCastRule } from './rules/date-not-cast.js';
export { invalidDateRule } from './rules/invalid-date.js';
export { valueOutsideEnumRule } from './rules/value-outside-enum.js';
export { enumCaseMismatchRule } from './rules/enum-case-mismatch.js';
export { duplicateGroupByRule } from './rules/duplicate-groupby-field.js';
export { malformedFilterTree } from './malformed-filter-tree.js';
