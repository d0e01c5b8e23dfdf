import { InvalidArgumentError } from './invalid-argument.js';

/**
 * A value as a string literal of the filter language: in single quotes, a quote inside doubled
 * (docs/language.md, "Strings"). The one quoter of the project: the printer, the parser's fixes
 * and the checker's fixes all write literals through it.
 *
 * @throws InvalidArgumentError when `value` is not a string (input from code).
 * @example
 * ```ts
 * quoteLiteral("O'Brien"); // "'O''Brien'"
 * ```
 */
export function quoteLiteral(value: string): string {
  if (typeof value !== 'string') throw new InvalidArgumentError('quoteLiteral', 'value', 'is not a string');
  return `'${value.replaceAll("'", "''")}'`;
}
