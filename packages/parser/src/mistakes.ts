import type { TokenType } from './chevrotain.js';
import { And, Cast, Contains, Eq, False, Ge, Gt, Le, Lt, Ne, Or, True } from './tokens.js';

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
  ['gt', Gt],
  ['ge', Ge],
  ['lt', Lt],
  ['le', Le],
  ['contains', Contains],
  ['and', And],
  ['or', Or],
]);

/**
 * The keywords that stand where a value goes (`true`, `false`, `cast(`); other spellings are PCAQ0105.
 *
 * @example
 * ```ts
 * VALUE_KEYWORDS.get('true') === True; // true
 * ```
 */
export const VALUE_KEYWORDS: ReadonlyMap<string, TokenType> = new Map([
  ['true', True],
  ['false', False],
  ['cast', Cast],
]);

/**
 * Operators of OData (and of habit) that this language lacks, in any case: `has`, `in`, string
 * functions other than `contains`, arithmetic (PCAQ0107).
 *
 * @example
 * ```ts
 * UNSUPPORTED_OPERATORS.has('startswith'); // true
 * ```
 */
export const UNSUPPORTED_OPERATORS: ReadonlySet<string> = new Set([
  'has', 'in', 'startswith', 'endswith', 'substringof', 'like',
  'add', 'sub', 'mul', 'div', 'divby', 'mod', 'any', 'all',
]);

/** A keyword a symbol can stand for. */
type SymbolWord = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'and' | 'or';

/** What a symbol was meant to be: a keyword it stands for (PCAQ0106), an unsupported comparison (PCAQ0107) or `not` (PCAQ0108). */
export type SymbolMeaning =
  | { readonly kind: 'keyword'; readonly word: SymbolWord }
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'not' };

const keyword = (word: SymbolWord): SymbolMeaning => ({ kind: 'keyword', word });

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
  ['<', keyword('lt')],
  ['>', keyword('gt')],
  ['<=', keyword('le')],
  ['>=', keyword('ge')],
  ['!', { kind: 'not' }],
]);
