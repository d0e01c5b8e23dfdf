import { createToken, Lexer, type TokenType } from './chevrotain.js';

/**
 * The token types of filter and group-by text. Besides the tokens the grammar consumes, the lexer
 * also recognises the usual mistakes (double quotes, `==`, numbers, stray characters) as tokens of
 * their own, so that no input is ever a lexer error and the normaliser can report each mistake
 * with its exact span and a fix. Whitespace is skipped: the gaps between token offsets tell where
 * it was.
 */

/** Spaces, tabs, CR and LF: the only whitespace of the grammar (docs/language.md, "Grammar", `ws`). */
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED });

/** A single-quoted string; `''` inside is one quote (so a closing quote is never followed by another). */
export const StringLiteral = createToken({ name: 'StringLiteral', pattern: /'(?:[^']|'')*'(?!')/, label: 'a string' });

/** A single-quoted string that runs to the end of the text (mistake: PCAQ0103). */
export const UnterminatedString = createToken({ name: 'UnterminatedString', pattern: /'(?:[^']|'')*/ });

/** A double-quoted string, closed or not; `""` and `\"` inside stand for `"` (mistake: PCAQ0104). */
export const DoubleQuotedString = createToken({ name: 'DoubleQuotedString', pattern: /"(?:[^"\\]|\\[\s\S]|"")*"?/ });

/** `(` */
export const LParen = createToken({ name: 'LParen', pattern: '(', label: "'('" });

/** `)` */
export const RParen = createToken({ name: 'RParen', pattern: ')', label: "')'" });

/** `,` separates group-by fields (in a filter it is a stray character or part of a function call). */
export const Comma = createToken({ name: 'Comma', pattern: ',', label: "','" });

/** `==`, `!=`, `<>`, `<=`, `>=`, `&&`, `||`, `=`, `<`, `>`, `&`, `|`, `!` (mistakes: PCAQ0106-0108). */
export const SymbolicOperator = createToken({ name: 'SymbolicOperator', pattern: /==|!=|<>|<=|>=|&&|\|\||[=<>&|!]/ });

/**
 * A word that does not start with a letter: a number, a GUID, `_x`, `-`, or non-ASCII text. A
 * word that starts with a letter is an {@link Identifier} up to its first character outside
 * `[A-Za-z0-9_]`; the normaliser glues touching pieces back together (`a-b`, `wörk`). Keeping
 * this token out of the identifiers' `longer_alt` saves a second regex per word.
 */
export const BareWord = createToken({
  name: 'BareWord',
  pattern: /[\w.\-\u0080-\uffff][\w.\-:\u0080-\uffff]*/,
});

/** A field name: `ALPHA *(ALPHA / DIGIT / "_")`. */
export const Identifier = createToken({
  name: 'Identifier',
  pattern: /[A-Za-z][A-Za-z0-9_]*/,
  label: 'a field name',
});

/** The category of the comparison operators `eq` and `ne`. */
export const ComparisonOp = createToken({ name: 'ComparisonOp', pattern: Lexer.NA, label: "'eq' or 'ne'" });

/** The category of the logical operators `and` and `or`. */
export const LogicalOp = createToken({ name: 'LogicalOp', pattern: Lexer.NA, label: "'and' or 'or'" });

function keyword(name: string, word: string, category: TokenType): TokenType {
  return createToken({ name, pattern: word, categories: category, longer_alt: Identifier, label: `'${word}'` });
}

/** `eq` */
export const Eq = keyword('Eq', 'eq', ComparisonOp);
/** `ne` */
export const Ne = keyword('Ne', 'ne', ComparisonOp);
/** `and` */
export const And = keyword('And', 'and', LogicalOp);
/** `or` */
export const Or = keyword('Or', 'or', LogicalOp);

/** Any other (ASCII) character: every non-ASCII one already belongs to a {@link BareWord} (mistake: PCAQ0102). */
export const UnknownCharacter = createToken({ name: 'UnknownCharacter', pattern: /[\x00-\x7f]/ });

/**
 * The tokens of the grammar, in lexing order (first match wins; keywords yield to longer words).
 *
 * @example
 * ```ts
 * new Lexer(ALL_TOKENS as TokenType[]).tokenize("a eq 'x'").tokens.length; // 3
 * ```
 */
export const ALL_TOKENS: readonly TokenType[] = [
  WhiteSpace,
  StringLiteral,
  UnterminatedString,
  DoubleQuotedString,
  LParen,
  RParen,
  Comma,
  SymbolicOperator,
  ComparisonOp,
  LogicalOp,
  Eq,
  Ne,
  And,
  Or,
  Identifier,
  BareWord,
  UnknownCharacter,
];
