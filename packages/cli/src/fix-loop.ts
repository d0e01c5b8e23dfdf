import { applyFixes, type Diagnostic } from '@pcaq/core';

/** Enough rounds for fixes that only become possible once another is applied; bounded, so a fix that undoes another cannot loop. */
const MAX_ROUNDS = 8;

/**
 * Applies safe fixes until the text stops changing (or a bounded number of rounds).
 *
 * @example
 * ```ts
 * fixToFixedPoint('workloadCode EQ "SFB"', (t) => parseFilter(t).diagnostics); // "workloadCode eq 'SFB'"
 * ```
 */
export function fixToFixedPoint(text: string, diagnose: (text: string) => readonly Diagnostic[]): string {
  let current = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = applyFixes(current, diagnose(current));
    if (next === current) break;
    current = next;
  }
  return current;
}
