import { InvalidArgumentError } from './invalid-argument.js';

/**
 * How far apart two names are: the optimal-string-alignment variant of the Damerau-Levenshtein
 * distance (insertions, deletions, substitutions and swaps of neighbours each cost 1).
 *
 * @example
 * ```ts
 * editDistance('wrokloadCode', 'workloadCode'); // 1
 * ```
 * @throws InvalidArgumentError when `a` or `b` is not a string.
 */
export function editDistance(a: string, b: string): number {
  if (typeof a !== 'string' || typeof b !== 'string') throw new InvalidArgumentError('editDistance', typeof a !== 'string' ? 'a' : 'b', 'is not a string');
  // Three rolling rows: the swap case looks two rows back.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/**
 * The names a mistyped name most likely meant. A case-insensitive exact match wins outright;
 * otherwise the candidates at the smallest distance, if it is at most 2 (at most 1 for names of
 * four characters or fewer, where 2 edits would make almost anything match). Case is ignored in the
 * distance, since a wrong case is the commonest slip. One result means the match is unambiguous.
 *
 * @example
 * ```ts
 * similarNames('WorkloadCode', ['workloadCode', 'workloadName']); // ['workloadCode']
 * similarNames('zzz', ['workloadCode']);                          // []
 * ```
 * @throws InvalidArgumentError when `name` is not a string or `candidates` not an array of strings.
 */
export function similarNames(name: string, candidates: readonly string[]): string[] {
  if (typeof name !== 'string') throw new InvalidArgumentError('similarNames', 'name', 'is not a string');
  if (!Array.isArray(candidates) || !candidates.every((c) => typeof c === 'string')) throw new InvalidArgumentError('similarNames', 'candidates', 'is not an array of strings');
  const folded = name.toLowerCase();
  const sameIgnoringCase = candidates.filter((c) => c.toLowerCase() === folded);
  if (sameIgnoringCase.length > 0) return sameIgnoringCase;
  // Names far longer than any candidate cannot be within reach; skip the quadratic work.
  if (name.length > 64) return [];
  const limit = name.length <= 4 ? 1 : 2;
  let best = limit + 1;
  let found: string[] = [];
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const distance = editDistance(folded, candidate.toLowerCase());
    if (distance > limit) continue;
    if (distance < best) {
      best = distance;
      found = [candidate];
    } else if (distance === best) {
      found.push(candidate);
    }
  }
  return found;
}

/**
 * Formats a did-you-mean sentence (with a leading space) for a message's `{hint}`, or `''`.
 *
 * @example
 * ```ts
 * didYouMean(['channel']);            // " Did you mean 'channel'?"
 * didYouMean(['a', 'b', 'c']);        // " Did you mean 'a', 'b' or 'c'?"
 * ```
 * @throws InvalidArgumentError when `names` is not an array of strings.
 */
export function didYouMean(names: readonly string[]): string {
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) throw new InvalidArgumentError('didYouMean', 'names', 'is not an array of strings');
  if (names.length === 0) return '';
  const quoted = names.map((n) => `'${n}'`);
  const last = quoted.pop()!;
  return ` Did you mean ${quoted.length > 0 ? `${quoted.join(', ')} or ${last}` : last}?`;
}
