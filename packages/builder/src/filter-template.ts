import { comparisonsOf, createDiagnostic, span, type Diagnostic, type FilterNode, type Span } from '@pcaq/core';
import { parseFilter } from '@pcaq/linter';
import { unexpectedToken } from '@pcaq/parser';
import { printStringLiteral } from '@pcaq/printer';
import { notAStringDiagnostic } from './builder-diagnostics.js';
import { makeCondition, type Condition } from './condition.js';

/**
 * A tagged template for filters written as text with values filled in from variables:
 *
 * ```ts
 * filter`customerName eq ${name} and channel eq ${channel}`
 * ```
 *
 * Every interpolation becomes one quoted, escaped string literal (`O'Brien` -> `'O''Brien'`): a
 * value is never syntax, so no value, however hostile (`x' or customerName ne '`, `)`, newlines),
 * can change the filter's structure. The assembled text is parsed and checked with `parseFilter`;
 * the result is a {@link Condition} whose diagnostics' spans index the assembled text
 * (`condition.text`). An interpolation where a field, an operator or a keyword belongs, or inside
 * quotes (`'${x}'`), is an error at the interpolation's span. Never throws.
 *
 * @example
 * ```ts
 * const name = "O'Brien ' or customerName ne '";
 * filter`customerName eq ${name} and channel eq ${'Reseller'}`.toString();
 * // "customerName eq 'O''Brien '' or customerName ne ''' and channel eq 'Reseller'"
 * filter`${'customerName'} eq 'x'`.diagnostics[0]?.code; // 'PCAQ0112' (span 0..14: the interpolation)
 * ```
 */
export function filter(strings: TemplateStringsArray, ...values: readonly string[]): Condition {
  const { text, holes, diagnostics } = assemble(strings, values);
  const parsed = parseFilter(text);
  const misplaced = misplacedHoles(parsed.ast, holes, text);
  const found = [...diagnostics, ...parsed.diagnostics, ...misplaced].sort((a, b) => a.span.start - b.span.start);
  return makeCondition(parsed.ast, found, text);
}

interface Assembled {
  readonly text: string;
  /** Where each interpolation's literal sits in `text`. */
  readonly holes: readonly Span[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Joins the template's text with each value printed as a string literal. */
function assemble(strings: TemplateStringsArray, values: readonly unknown[]): Assembled {
  // A JavaScript caller may call the tag as a function; its argument is then the whole text.
  const parts: readonly unknown[] = Array.isArray(strings) ? strings : [strings];
  const holes: Span[] = [];
  const problems: { readonly value: unknown; readonly at: Span }[] = [];
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    text += templatePart(strings, i);
    if (i === parts.length - 1) break;
    const value = values[i];
    const literal = printStringLiteral(typeof value === 'string' ? value : '');
    const at = span(text.length, text.length + literal.length);
    holes.push(at);
    if (typeof value !== 'string') problems.push({ value, at });
    text += literal;
  }
  return { text, holes, diagnostics: problems.map((p) => notAStringDiagnostic(p.value, text, p.at)) };
}

/** The cooked text of part `i`; the raw text when cooking failed (an invalid escape such as `\u`). */
function templatePart(strings: TemplateStringsArray, i: number): string {
  if (!Array.isArray(strings)) return typeof strings === 'string' ? strings : '';
  const cooked: unknown = strings[i];
  if (typeof cooked === 'string') return cooked;
  const raw: unknown = strings.raw?.[i];
  return typeof raw === 'string' ? raw : '';
}

/**
 * The interpolations that did not become a value of their own. The parser only accepts a literal
 * where a value belongs, so a literal in a field's or an operator's place is already a syntax
 * error at its span. What remains is a literal inside the template's quotes (`'${x}'`,
 * `'abc ${x} def'`) or glued to another (`${a}${b}`): the lexer reads it as part of a longer
 * string, and when the text does not parse its error may land elsewhere. So an interpolation is
 * reported at its span when the template's own quotes before it are unbalanced, when it touches a
 * quote, or (when the text parses) when it is not exactly one literal of the tree.
 */
function misplacedHoles(ast: FilterNode | undefined, holes: readonly Span[], text: string): Diagnostic[] {
  const literalSpans = new Set<string>();
  for (const node of ast ? comparisonsOf(ast) : []) literalSpans.add(`${node.value.span.start}:${node.value.span.end}`);
  let quotes = 0;
  let staticFrom = 0;
  const misplaced: Span[] = [];
  for (const hole of holes) {
    // Quotes of the template's own text only; a literal's quotes always balance.
    for (let i = staticFrom; i < hole.start; i++) if (text[i] === "'") quotes++;
    staticFrom = hole.end;
    const insideQuotes = quotes % 2 === 1;
    const touchesQuote = text[hole.start - 1] === "'" || text[hole.end] === "'";
    const notALiteral = ast !== undefined && !literalSpans.has(`${hole.start}:${hole.end}`);
    if (insideQuotes || touchesQuote || notALiteral) misplaced.push(hole);
  }
  return misplaced.map((hole) =>
    createDiagnostic(text, unexpectedToken(hole, 'an interpolated value standing alone (no quotes around ${...})', 'it joined to quoted text')),
  );
}
