import { LIMITS, span, truncateText } from '@pcaq/core';
import { wholeNumber } from '../whole-number.js';
import type { ParameterRule } from './parameter-rule.js';

/**
 * PCAQ0401 (invalid-top): `top` is a whole number from 1 to 10000, given as a number or as plain
 * digits (docs/language.md, "The request"). The span covers the whole value.
 *
 * @example
 * ```ts
 * invalidTopRule.read('100').value;         // 100
 * invalidTopRule.read('1e3').problem?.code; // 'PCAQ0401'
 * ```
 */
export const invalidTopRule: ParameterRule<number> = {
  code: 'PCAQ0401',
  parameter: 'top',
  read(given) {
    const read = wholeNumber(given, 1, LIMITS.maxTop);
    if (read.value !== undefined) return read;
    return { ...read, problem: { code: 'PCAQ0401', span: span(0, read.text.length), args: { value: truncateText(read.text, 60) }, source: 'top' } };
  },
};
