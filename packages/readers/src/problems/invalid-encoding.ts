import type { ProblemInit } from '../read-problem.js';

/**
 * `PCAQ0504`: bytes that are not text in the input's encoding (docs/diagnostics.md): a UTF-8
 * byte (with the hint about legacy encodings), half a UTF-16 character, or an unpaired surrogate.
 *
 * @example
 * ```ts
 * invalidEncoding({ byte: 0xe9 }); // { code: 'PCAQ0504', args: { byte: '0xE9' }, hint: true }
 * ```
 */
export function invalidEncoding(found: { readonly byte: number } | { readonly oddUtf16: true } | { readonly surrogate: number }): ProblemInit {
  if ('byte' in found) return { code: 'PCAQ0504', args: { byte: hex(found.byte, 2) }, hint: true };
  if ('surrogate' in found) return { code: 'PCAQ0504', variant: 'unpaired-surrogate', args: { unit: hex(found.surrogate, 1) } };
  return { code: 'PCAQ0504', variant: 'odd-utf16' };
}

function hex(value: number, digits: number): string {
  return `0x${value.toString(16).toUpperCase().padStart(digits, '0')}`;
}
