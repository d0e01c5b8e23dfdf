import type { CheckRule } from './rule.js';
import { duplicateGroupByRule } from './rules/duplicate-groupby-field.js';
import { fieldNameRule } from './rules/invalid-field-name.js';
import { fieldNotFilterableRule } from './rules/field-not-filterable.js';
import { fieldNotGroupableRule } from './rules/field-not-groupable.js';
import { guidLiteralRule } from './rules/invalid-guid.js';
import { operatorNotAllowedRule } from './rules/operator-not-allowed.js';
import { literalKindMismatchRule } from './rules/literal-kind-mismatch.js';
import { dateNotCastRule } from './rules/date-not-cast.js';
import { invalidDateRule } from './rules/invalid-date.js';
import { valueOutsideEnumRule } from './rules/value-outside-enum.js';
import { enumCaseMismatchRule } from './rules/enum-case-mismatch.js';
import { unknownFieldRule } from './rules/unknown-field.js';

/**
 * Every checker rule, in the order they run. A rule module that is not listed here never runs; a
 * test keeps this list and the `rules/` folder in step.
 *
 * @example
 * ```ts
 * CHECK_RULES.map((rule) => rule.code); // ['PCAQ0201', 'PCAQ0202', 'PCAQ0203', 'PCAQ0204', 'PCAQ0205', 'PCAQ0206', 'PCAQ0207', 'PCAQ0208', 'PCAQ0209', 'PCAQ0210', 'PCAQ0211', 'PCAQ0303']
 * ```
 */
export const CHECK_RULES: readonly CheckRule[] = Object.freeze([
  unknownFieldRule,
  fieldNotFilterableRule,
  fieldNotGroupableRule,
  guidLiteralRule,
  fieldNameRule,
  operatorNotAllowedRule,
  literalKindMismatchRule,
  dateNotCastRule,
  invalidDateRule,
  valueOutsideEnumRule,
  enumCaseMismatchRule,
  duplicateGroupByRule,
]);
