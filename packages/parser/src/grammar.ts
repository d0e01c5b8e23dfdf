import { CstParser, type CstNode, type IParserErrorMessageProvider, type IToken, type TokenType } from './chevrotain.js';
import {
  ALL_TOKENS,
  And,
  BareDateTime,
  BooleanValue,
  Cast,
  Comma,
  ComparisonOp,
  Contains,
  DateTimeOffsetType,
  Identifier,
  LParen,
  Or,
  RParen,
  StringLiteral,
} from './tokens.js';

/**
 * What a parse error expected, in words: the message provider returns only this phrase and the
 * caller builds the PCAQ diagnostic from it, so no chevrotain prose is ever parsed or shown.
 */
const EXPECTATION_PROVIDER: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected }) => describeTokens([expected]),
  buildNotAllInputParsedMessage: ({ ruleName }) =>
    ruleName === 'groupBy' ? "',' or the end of the list" : "'and', 'or' or the end of the filter",
  buildNoViableAltMessage: ({ expectedPathsPerAlt }) =>
    describeTokens(expectedPathsPerAlt.flatMap((paths) => paths.map((path) => path[0]).filter(isToken))),
  buildEarlyExitMessage: ({ expectedIterationPaths }) =>
    describeTokens(expectedIterationPaths.map((path) => path[0]).filter(isToken)),
};

function isToken(value: TokenType | undefined): value is TokenType {
  return value !== undefined;
}

function describeTokens(types: readonly TokenType[]): string {
  const labels = [...new Set(types.map((t) => t.LABEL ?? t.name))];
  if (labels.length <= 1) return labels[0] ?? 'nothing';
  return `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
}

/**
 * The grammar of docs/language.md, "Grammar" and nothing else: no semantic actions, the CST is turned
 * into the AST by a separate visitor. Precedence comes from the rule layering (`or` over `and`
 * over primaries); repetition keeps both operators left-associative and flat.
 *
 * @example
 * ```ts
 * const grammar = new PcaqGrammar({ skipValidations: false }); // throws if the grammar is ambiguous
 * grammar.input = lex("a eq 'x'");
 * grammar.filter();
 * ```
 */
export class PcaqGrammar extends CstParser {
  constructor(options: { readonly skipValidations?: boolean } = {}) {
    super(ALL_TOKENS as TokenType[], {
      recoveryEnabled: true,
      maxLookahead: 1,
      skipValidations: options.skipValidations ?? true,
      errorMessageProvider: EXPECTATION_PROVIDER,
    });
    this.performSelfAnalysis();
  }

  /** `filter = ws or-expr ws` (whitespace is skipped by the lexer). */
  filter = this.RULE('filter', () => {
    this.SUBRULE(this.orExpression);
  });

  /** `or-expr = and-expr *( ws1 "or" ws1 and-expr )` */
  orExpression = this.RULE('orExpression', () => {
    this.SUBRULE(this.andExpression, { LABEL: 'operands' });
    this.MANY(() => {
      this.CONSUME(Or);
      this.SUBRULE2(this.andExpression, { LABEL: 'operands' });
    });
  });

  /** `and-expr = primary *( ws1 "and" ws1 primary )` */
  andExpression = this.RULE('andExpression', () => {
    this.SUBRULE(this.primary, { LABEL: 'operands' });
    this.MANY(() => {
      this.CONSUME(And);
      this.SUBRULE2(this.primary, { LABEL: 'operands' });
    });
  });

  /** `primary = comparison / "(" ws or-expr ws ")"` */
  primary = this.RULE('primary', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.comparison) },
      {
        ALT: () => {
          this.CONSUME(LParen);
          this.SUBRULE(this.orExpression, { LABEL: 'expression' });
          this.CONSUME(RParen);
        },
      },
    ]);
  });

  /** `comparison = field ws1 op ws1 literal / contains-call` */
  comparison = this.RULE('comparison', () => {
    this.OR([{ ALT: () => this.SUBRULE(this.operatorComparison) }, { ALT: () => this.SUBRULE(this.containsCall) }]);
  });

  /** `field ws1 op ws1 literal`, `op = "eq" / "ne" / "gt" / "ge" / "lt" / "le"` */
  operatorComparison = this.RULE('operatorComparison', () => {
    this.CONSUME(Identifier, { LABEL: 'field' });
    this.CONSUME(ComparisonOp, { LABEL: 'operator' });
    this.SUBRULE(this.literal, { LABEL: 'value' });
  });

  /** `contains-call = "contains(" ws field ws "," ws string ws ")"` */
  containsCall = this.RULE('containsCall', () => {
    this.CONSUME(Contains);
    this.CONSUME(LParen);
    this.CONSUME(Identifier, { LABEL: 'field' });
    this.CONSUME(Comma);
    this.CONSUME(StringLiteral, { LABEL: 'value' });
    this.CONSUME(RParen);
  });

  /** `literal = string / boolean / datetime / bare-date` */
  literal = this.RULE('literal', () => {
    this.OR([
      { ALT: () => this.CONSUME(StringLiteral, { LABEL: 'string' }) },
      { ALT: () => this.CONSUME(BooleanValue, { LABEL: 'boolean' }) },
      { ALT: () => this.SUBRULE(this.dateTimeCast, { LABEL: 'cast' }) },
      { ALT: () => this.CONSUME(BareDateTime, { LABEL: 'bareDate' }) },
    ]);
  });

  /** `datetime = "cast(" ws string ws "," ws "Edm.DateTimeOffset" ws ")"` */
  dateTimeCast = this.RULE('dateTimeCast', () => {
    this.CONSUME(Cast);
    this.CONSUME(LParen);
    this.CONSUME(StringLiteral, { LABEL: 'value' });
    this.CONSUME(Comma);
    this.CONSUME(DateTimeOffsetType);
    this.CONSUME(RParen);
  });

  /** `groupby = ws field *( ws "," ws field ) ws` (docs/language.md, "Grammar") */
  groupBy = this.RULE('groupBy', () => {
    this.CONSUME(Identifier, { LABEL: 'fields' });
    this.MANY(() => {
      this.CONSUME(Comma);
      this.CONSUME2(Identifier, { LABEL: 'fields' });
    });
  });
}

let shared: PcaqGrammar | undefined;

/**
 * The one parser instance, built on first use (building analyses the grammar, ~ms) and reused
 * through `parser.input`, as chevrotain's performance guide recommends.
 *
 * @example
 * ```ts
 * sharedGrammar() === sharedGrammar(); // true
 * ```
 */
export function sharedGrammar(): PcaqGrammar {
  shared ??= new PcaqGrammar();
  return shared;
}

/**
 * Runs one start rule over tokens and returns its CST and errors (recovered ones included).
 *
 * @example
 * ```ts
 * runRule('filter', lex("a eq 'x'")).errors.length; // 0
 * ```
 */
export function runRule(rule: 'filter' | 'groupBy', tokens: IToken[]): { cst: CstNode; errors: PcaqGrammar['errors'] } {
  const parser = sharedGrammar();
  parser.input = tokens;
  const cst = parser[rule]();
  return { cst, errors: parser.errors };
}
