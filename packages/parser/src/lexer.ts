import type { IToken } from './chevrotain.js';
import { scan } from './scanner.js';

/**
 * Splits text into tokens. Every character belongs to some token, so lexing never reports errors
 * of its own; offsets are all a span needs, so lines are not tracked. The hand-written
 * {@link scan} does the cutting: it gives exactly the tokens chevrotain's lexer built from
 * `ALL_TOKENS` gives (a property test compares them), several times faster and with nothing to
 * build first (docs/performance.md, "Parsing").
 *
 * @example
 * ```ts
 * lex("a eq 'x'").map((t) => t.image); // ['a', 'eq', "'x'"]
 * ```
 */
export function lex(text: string): IToken[] {
  return scan(text);
}
