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

/**
 * An unquoted ISO 8601 date or date-time (`2018-01-01`, `2018-01-01T00:00:00Z`): a bare word that is
 * a date as a whole (a longer bare word wins). The checker warns and offers the `cast(...)` form
 * (docs/language.md, "Dates").
 */
export const BareDateTime = createToken({
  name: 'BareDateTime',
  pattern: /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|-\d{2}:\d{2})?)?/,
  longer_alt: BareWord,
  label: 'a date',
});

/** The type name of a date-time cast, `Edm.DateTimeOffset` (docs/language.md, "Dates"). */
export const DateTimeOffsetType = createToken({ name: 'DateTimeOffsetType', pattern: 'Edm.DateTimeOffset', label: "'Edm.DateTimeOffset'" });

/** A field name: `ALPHA *(ALPHA / DIGIT / "_")`. */
export const Identifier = createToken({
  name: 'Identifier',
  pattern: /[A-Za-z][A-Za-z0-9_]*/,
  label: 'a field name',
});

/** The category of the comparison operators `eq ne gt ge lt le`. */
export const ComparisonOp = createToken({ name: 'ComparisonOp', pattern: Lexer.NA, label: 'an operator (eq, ne, gt, ge, lt, le)' });

/** The category of the boolean literals `true` and `false`. */
export const BooleanValue = createToken({ name: 'BooleanValue', pattern: Lexer.NA, label: "'true' or 'false'" });

/** The category of the logical operators `and` and `or`. */
export const LogicalOp = createToken({ name: 'LogicalOp', pattern: Lexer.NA, label: "'and' or 'or'" });

function keyword(name: string, word: string, category: TokenType): TokenType {
  return createToken({ name, pattern: word, categories: category, longer_alt: Identifier, label: `'${word}'` });
}

/** `eq` */
export const Eq = keyword('Eq', 'eq', ComparisonOp);
/** `ne` */
export const Ne = keyword('Ne', 'ne', ComparisonOp);
/** `gt` */
export const Gt = keyword('Gt', 'gt', ComparisonOp);
/** `ge` */
export const Ge = keyword('Ge', 'ge', ComparisonOp);
/** `lt` */
export const Lt = keyword('Lt', 'lt', ComparisonOp);
/** `le` */
export const Le = keyword('Le', 'le', ComparisonOp);
/** `true` */
export const True = keyword('True', 'true', BooleanValue);
/** `false` */
export const False = keyword('False', 'false', BooleanValue);
/** `contains`, the function `contains(field,'text')`. */
export const Contains = createToken({ name: 'Contains', pattern: 'contains', longer_alt: Identifier, label: "'contains'" });
/** `cast`, the date-time form `cast('2018-01-01', Edm.DateTimeOffset)`. */
export const Cast = createToken({ name: 'Cast', pattern: 'cast', longer_alt: Identifier, label: "'cast'" });
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
  BooleanValue,
  Eq,
  Ne,
  Gt,
  Ge,
  Lt,
  Le,
  True,
  False,
  Contains,
  Cast,
  And,
  Or,
  DateTimeOffsetType,
  Identifier,
  BareDateTime,
  BareWord,
  UnknownCharacter,
];
