import type { Condition } from './condition.js';
import { templateCondition } from './template-condition.js';

/**
 * A tagged template for filters written as text with values filled in from variables:
 *
 * ```ts
 * filter`customerName eq ${name} and channel eq ${channel}`
 * ```
 *
 * Every interpolation becomes one quoted, escaped string literal (`O'Brien` -> `'O''Brien'`): a
 * value is never syntax, so no value, however hostile (`x' or customerName ne '`, `)`, newlines),
 * can change the filter's structure. The assembled text is parsed and checked with `parseFilter`;
 * the result is a {@link Condition} whose diagnostics' spans index the assembled text
 * (`condition.text`). An interpolation where a field, an operator or a keyword belongs, or inside
 * quotes (`'${x}'`), is an error at the interpolation's span. Never throws.
 *
 * @example
 * ```ts
 * const name = "O'Brien ' or customerName ne '";
 * filter`customerName eq ${name} and channel eq ${'Reseller'}`.toString();
 * // "customerName eq 'O''Brien '' or customerName ne ''' and channel eq 'Reseller'"
 * filter`${'customerName'} eq 'x'`.diagnostics[0]?.code; // 'PCAQ0112' (span 0..14: the interpolation)
 * ```
 */
export function filter(strings: TemplateStringsArray, ...values: readonly string[]): Condition {
  return templateCondition(strings, values, { typedValues: false });
}
