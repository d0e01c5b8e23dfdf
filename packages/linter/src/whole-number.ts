import { asText } from './as-text.js';

/**
 * A count parameter read strictly: a number that is a whole number in `[min, max]`, or text of
 * plain digits whose value is. `+5`, `5.0`, `1e3` and ` 5` are all invalid as text: the service
 * binds the text strictly. `text` is the value as given (what spans index).
 *
 * @example
 * ```ts
 * wholeNumber('100', 1, 10000); // { text: '100', value: 100 }
 * wholeNumber('1e3', 1, 10000); // { text: '1e3', value: undefined }
 * ```
 */
export function wholeNumber(given: unknown, min: number, max: number): ParameterValue<number> {
  if (typeof given === 'number') {
    const valid = Number.isInteger(given) && given >= min && given <= max;
    return { text: String(given), value: valid ? given : undefined };
  }
  const text = asText(given);
  const n = /^[0-9]+$/.test(text) ? Number(text) : NaN;
  return { text, value: Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined };
}

/**
 * One scalar parameter as read: its text as given, and its value when valid.
 *
 * @example
 * ```ts
 * const read: ParameterValue<number> = { text: '0', value: undefined };
 * ```
 */
export interface ParameterValue<T> {
  readonly text: string;
  readonly value: T | undefined;
}
