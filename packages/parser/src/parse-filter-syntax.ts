import { InvalidArgumentError, LIMITS, sourceOption, type Diagnostic, type FilterNode } from '@pcaq/core';
import { DiagnosticBuilder } from './diagnostic-builder.js';
import type { SyntaxOptions } from './syntax-options.js';
import { cleanFilterAst } from './clean-filter-ast.js';
import { isCleanTokenStream } from './clean-tokens.js';
import { runRule } from './grammar.js';
import { lex } from './lexer.js';
import { normalizeFilterTokens } from './normalize-filter.js';
import { grammarDiagnostics } from './parse-errors.js';
import { filterAst } from './visitor.js';
import { emptyFilter } from './problems/empty-filter.js';
import { filterTooLong } from './problems/filter-too-long.js';
import { unexpectedToken } from './problems/unexpected-token.js';

/**
 * What {@link parseFilterSyntax} returns.
 *
 * @example
 * ```ts
 * const { ast, diagnostics }: FilterSyntax = parseFilterSyntax("channel eq 'Reseller'");
 * ```
 */
export interface FilterSyntax {
  /** The tree; undefined when any syntax error was reported. */
  readonly ast: FilterNode | undefined;
  /** Syntax diagnostics (PCAQ01xx), in the order they were found. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses filter text (docs/language.md, "Grammar") into an AST, reporting every independent syntax error in
 * one pass, each with its exact span and, where a safe one exists, a fix. Field names are not
 * checked against a schema here (that is `@pcaq/checker`'s job). Never throws on any text.
 *
 * @throws InvalidArgumentError when `text` is not a string (input only code can give).
 *
 * @example
 * ```ts
 * parseFilterSyntax("workloadCode eq 'SFB' or channel eq 'Reseller'").ast?.type; // 'Logical'
 * parseFilterSyntax("workloadCode EQ 'SFB'").diagnostics[0]?.code;              // 'PCAQ0105'
 * ```
 */
export function parseFilterSyntax(text: string, options: SyntaxOptions = {}): FilterSyntax {
  if (typeof text !== 'string') throw new InvalidArgumentError('parseFilterSyntax', 'text', 'is not a string');
  const source = sourceOption(options);
  if (text.length > LIMITS.maxFilterLength) {
    // Bounded work: nothing past the limit is read. The span starts on a whole character.
    return { ast: undefined, diagnostics: [new DiagnosticBuilder(text, source).create(filterTooLong(text))] };
  }
  const raw = lex(text);
  if (raw.length === 0) {
    return { ast: undefined, diagnostics: [new DiagnosticBuilder(text, source).create(emptyFilter(text))] };
  }
  // Well-formed filters, the common case, are read without chevrotain; anything the descent
  // cannot read goes the full way below, which reports it (docs/performance.md, "Parsing").
  if (isCleanTokenStream(raw)) {
    const ast = cleanFilterAst(raw);
    if (ast) return { ast, diagnostics: [] };
  }
  const normalized = normalizeFilterTokens(text, raw, source);
  if (!normalized.parsable) return { ast: undefined, diagnostics: normalized.diagnostics };
  const { cst, errors } = runRule('filter', normalized.tokens);
  if (errors.length === 0 && normalized.diagnostics.length === 0) return { ast: filterAst(cst), diagnostics: [] };
  // A grammar error on a token already reported as a mistake is kept: the token was read as what
  // was meant (`||` as `or`) and is still out of place (`and or`), a second problem.
  const diagnostics = [...normalized.diagnostics, ...grammarDiagnostics(text, errors, unexpectedToken, 'the end of the filter', source)];
  return { ast: undefined, diagnostics: diagnostics.sort(byStart) };
}

/**
 * Text order; PCAQ0110 last, as it is found at the end of the text (and its fix inserts there).
 */
function byStart(a: Diagnostic, b: Diagnostic): number {
  const aLast = a.code === 'PCAQ0110';
  const bLast = b.code === 'PCAQ0110';
  if (aLast !== bLast) return aLast ? 1 : -1;
  return a.span.start - b.span.start;
}
