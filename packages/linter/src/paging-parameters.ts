import { LIMITS, type DiagnosticCode } from '@pcaq/core';
import { asText } from './as-text.js';

/**
 * The result of checking one scalar parameter: its text as given (what spans index), and its
 * value when valid.
 */
export interface ScalarCheck<T> {
  readonly text: string;
  readonly value: T | undefined;
  /** The code to report when `value` is undefined. */
  readonly code: DiagnosticCode;
}

/**
 * `top`: a whole number from 1 to 10000, given as a number or as plain digits. `+5`, `5.0`,
 * `1e3`, ` 5`, `0` and `10001` are all invalid: the service binds the text strictly.
 *
 * @example
 * ```ts
 * checkTop('100').value; // 100
 * checkTop('1e3').value; // undefined
 * ```
 */
export function checkTop(given: unknown): ScalarCheck<number> {
  return wholeNumber(given, 1, LIMITS.maxTop, 'PCAQ0401');
}

/**
 * `skip`: a whole number, 0 or more (**Decision**: at most 2^53 - 1, the largest count JavaScript
 * holds exactly).
 *
 * @example
 * ```ts
 * checkSkip(0).value;    // 0
 * checkSkip('-1').value; // undefined
 * ```
 */
export function checkSkip(given: unknown): ScalarCheck<number> {
  return wholeNumber(given, 0, Number.MAX_SAFE_INTEGER, 'PCAQ0402');
}

function wholeNumber(given: unknown, min: number, max: number, code: DiagnosticCode): ScalarCheck<number> {
  if (typeof given === 'number') {
    const valid = Number.isInteger(given) && given >= min && given <= max;
    return { text: String(given), value: valid ? given : undefined, code };
  }
  const text = asText(given);
  const n = /^[0-9]+$/.test(text) ? Number(text) : NaN;
  return { text, value: Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined, code };
}

