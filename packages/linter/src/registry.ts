import type { ParameterRule } from './rules/parameter-rule.js';
import { invalidProcessedDateTimeRule } from './rules/invalid-processed-date-time.js';
import { invalidSkipRule } from './rules/invalid-skip.js';
import { invalidTopRule } from './rules/invalid-top.js';

/**
 * The request checks of scalar parameters, in parameter order. The other request checks are
 * `queryTooLong` and `replacementCharacter` here and the URL rules of `@pcaq/printer`; a test
 * keeps every code's producer in step with the message table (tests/registry.test.ts).
 *
 * @example
 * ```ts
 * REQUEST_RULES.map((rule) => rule.code); // ['PCAQ0401', 'PCAQ0402', 'PCAQ0403']
 * ```
 */
export const REQUEST_RULES: readonly [ParameterRule<number>, ParameterRule<number>, ParameterRule<string>] = [invalidTopRule, invalidSkipRule, invalidProcessedDateTimeRule];
