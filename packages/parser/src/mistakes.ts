import type { TokenType } from './chevrotain.js';
import { And, Eq, Ne, Or } from './tokens.js';

/**
 * The keywords of the language by their lowercase spelling; other spellings are PCAQ0105.
 *
 * @example
 * ```ts
 * KEYWORDS.get('and') === And; // true
 * ```
 */
export const KEYWORDS: ReadonlyMap<string, TokenType> = new Map([
  ['eq', Eq],
  ['ne', Ne],
  ['and', And],
  ['or', Or],
]);

/**
 * Operators of OData (and of habit) that this language lacks, in any case: comparisons other
 * than eq/ne, `has`, `in`, string functions used infix, arithmetic (PCAQ0107).
 *
 * @example
 * ```ts
 * UNSUPPORTED_OPERATORS.has('contains'); // true
 * ```
 */
export const UNSUPPORTED_OPERATORS: ReadonlySet<string> = new Set([
  'gt', 'ge', 'lt', 'le', 'has', 'in', 'contains', 'startswith', 'endswith', 'substringof', 'like',
  'add', 'sub', 'mul', 'div', 'divby', 'mod', 'any', 'all',
]);

/** What a symbol was meant to be: a keyword it stands for (PCAQ0106), an unsupported comparison (PCAQ0107) or `not` (PCAQ0108). */
export type SymbolMeaning =
  | { readonly kind: 'keyword'; readonly word: 'eq' | 'ne' | 'and' | 'or' }
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'not' };

const keyword = (word: 'eq' | 'ne' | 'and' | 'or'): SymbolMeaning => ({ kind: 'keyword', word });

/**
 * The meaning of every image the `SymbolicOperator` token matches.
 *
 * @example
 * ```ts
 * SYMBOLS.get('&&'); // { kind: 'keyword', word: 'and' }
 * ```
 */
export const SYMBOLS: ReadonlyMap<string, SymbolMeaning> = new Map([
  ['==', keyword('eq')],
  ['=', keyword('eq')],
  ['!=', keyword('ne')],
  ['<>', keyword('ne')],
  ['&&', keyword('and')],
  ['&', keyword('and')],
  ['||', keyword('or')],
  ['|', keyword('or')],
  ['<', { kind: 'unsupported' }],
  ['>', { kind: 'unsupported' }],
  ['<=', { kind: 'unsupported' }],
  ['>=', { kind: 'unsupported' }],
  ['!', { kind: 'not' }],
]);
