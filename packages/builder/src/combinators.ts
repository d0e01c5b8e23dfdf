import { combine, type Condition, type ConditionLike } from './condition.js';

/**
 * Every condition holds: one flat `and` node (`a and b and c`; an `or` operand is parenthesized
 * when printed). Conditions may be builder conditions or filter trees. No condition at all is a
 * PCAQ0101 error.
 *
 * @example
 * ```ts
 * allOf(where('channel').eq('Reseller'), anyOf('workloadCode', ['SFB', 'EXO'])).toString();
 * // "channel eq 'Reseller' and (workloadCode eq 'SFB' or workloadCode eq 'EXO')"
 * ```
 */
export function allOf(...conditions: readonly ConditionLike[]): Condition {
  return combine('and', conditions, 'allOf()');
}

/**
 * Some condition holds: one flat `or` node (`a or b or c`), however many conditions. (Named
 * `someOf` because `anyOf` lists values of one field, and `or` is the core's node factory.)
 * No condition at all is a PCAQ0101 error.
 *
 * @example
 * ```ts
 * someOf(where('workloadCode').eq('SFB'), where('channel').eq('Reseller')).toString();
 * // "workloadCode eq 'SFB' or channel eq 'Reseller'"
 * ```
 */
export function someOf(...conditions: readonly ConditionLike[]): Condition {
  return combine('or', conditions, 'someOf()');
}
