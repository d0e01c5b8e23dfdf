import { Lexer, type IToken } from './chevrotain.js';
import { ALL_TOKENS } from './tokens.js';

let lexer: Lexer | undefined;

/**
 * Splits text into tokens with the one shared lexer (built on first use: building it analyses
 * every pattern, which is worth doing once). Every character belongs to some token, so the lexer
 * never reports errors of its own; offsets are all a span needs, so lines are not tracked.
 *
 * @example
 * ```ts
 * lex("a eq 'x'").map((t) => t.image); // ['a', 'eq', "'x'"]
 * ```
 */
export function lex(text: string): IToken[] {
  lexer ??= new Lexer(ALL_TOKENS as never, {
    positionTracking: 'onlyOffset',
    ensureOptimizations: true,
    skipValidations: true,
  });
  return lexer.tokenize(text).tokens;
}
