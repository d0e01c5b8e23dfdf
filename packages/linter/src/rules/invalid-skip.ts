import { span, truncateText } from '@pcaq/core';
import { wholeNumber } from '../whole-number.js';
import type { ParameterRule } from './parameter-rule.js';

/**
 * PCAQ0402 (invalid-skip): `skip` is a whole number, 0 or more, given as a number or as plain
 * digits (**Decision**: at most 2^53 - 1, the largest count JavaScript holds exactly;
 * docs/language.md, "The request"). The span covers the whole value.
 *
 * @example
 * ```ts
 * invalidSkipRule.read(0).value;           // 0
 * invalidSkipRule.read('-1').problem?.code; // 'PCAQ0402'
 * ```
 */
export const invalidSkipRule: ParameterRule<number> = {
  code: 'PCAQ0402',
  parameter: 'skip',
  read(given) {
    const read = wholeNumber(given, 0, Number.MAX_SAFE_INTEGER);
    if (read.value !== undefined) return read;
    return { ...read, problem: { code: 'PCAQ0402', span: span(0, read.text.length), args: { value: truncateText(read.text, 60) }, source: 'skip' } };
  },
};
