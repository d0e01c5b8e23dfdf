import { LIMITS, comparisonsOf, createDiagnostic, hasErrors, span, type ComparisonNode, type Diagnostic, type FilterNode, type Schema, type Span } from '@pcaq/core';
import { parseFilter } from '@pcaq/linter';
import { parseFilterSyntax, unexpectedToken } from '@pcaq/parser';
import { printStringLiteral } from '@pcaq/printer';
import { notAStringDiagnostic } from './builder-diagnostics.js';
import { makeCondition, type Condition } from './condition.js';
import { holeLiteral, type HoleLiteral } from './hole-literal.js';

/**
 * How a template tag reads its values: against which schema the text is checked, and whether a
 * `boolean` or a `Date` becomes its own literal (the endpoint form, `filterOn`) or is refused as a
 * value that is not text (the licence form, `filter`).
 */
export interface TemplateOptions {
  readonly schema?: Schema;
  readonly typedValues: boolean;
}

/**
 * The condition of a tagged template (docs/builder.md, "The template tag"): the template's text
 * with every interpolation written as one literal, parsed and checked with `parseFilter`. An
 * interpolation that is not exactly one value of the tree is PCAQ0112 at its span; a value that
 * is no literal at all is PCAQ0109 there. Never throws.
 *
 * A `boolean` or a `Date` is first placed as a string of its own text (`'true'`), so that the
 * template's shape is judged exactly as for a string: only where that string is one comparison's
 * value does the value become `true` or `cast('...', Edm.DateTimeOffset)`. Where a `contains`
 * wants text it is PCAQ0109, as a number is.
 */
export function templateCondition(strings: TemplateStringsArray, values: readonly unknown[], options: TemplateOptions): Condition {
  const parts = templateParts(strings);
  const literals = values.slice(0, Math.max(parts.length - 1, 0)).map((value) => holeLiteral(value, options.typedValues));
  while (literals.length < parts.length - 1) literals.push(holeLiteral(undefined, options.typedValues));
  const placement = literals.some((l) => l.kind === 'typed') ? typedPlacement(parts, literals) : [];
  // A boolean or date where `contains` wants text is no value there, as a number is not.
  const final = literals.map((literal, i): HoleLiteral => (placement[i] === 'text' ? { kind: 'none', text: "''", value: literal.value } : literal));
  const { text, holes } = assemble(parts, final.map((l) => l.text));
  const parsed = parseFilter(text, options.schema ? { schema: options.schema } : {});
  const misplaced = misplacedHoles(parsed.ast, holes, text);
  const reported = new Set(misplaced.map(key));
  misplaced.push(...holes.filter((hole, i) => placement[i] === 'misplaced' && !reported.has(key(hole))));
  const notValues = holes.flatMap((hole, i) => (final[i]!.kind === 'none' ? [{ hole, value: final[i]!.value }] : []));
  // What the checker says of the `''` written for a value that is no literal is about text the caller never gave.
  const unwritten = new Set(notValues.map(({ hole }) => key(hole)));
  const found = [
    ...notValues.map(({ hole, value }) => notAStringDiagnostic(value, text, hole)),
    ...parsed.diagnostics.filter((d) => !unwritten.has(key(d.span))),
    ...misplaced.map((hole) => misplacedDiagnostic(text, hole)),
  ].sort((a, b) => a.span.start - b.span.start);
  return makeCondition(parsed.ast, found, text);
}

/** Where a `boolean` or `Date` interpolation sits: one comparison's value, a `contains` text, out of place, or not known (the text does not parse). */
type Placement = 'value' | 'text' | 'misplaced' | 'unknown';

/**
 * Where each typed interpolation sits, judged on the template with every value written as a
 * string (a boolean or date as its text), so that its shape is the one a string would give.
 */
function typedPlacement(parts: readonly string[], literals: readonly HoleLiteral[]): Placement[] {
  const asStrings = literals.map((l) => (l.kind === 'typed' ? printStringLiteral(l.plain) : l.text));
  const { text, holes } = assemble(parts, asStrings);
  const syntax = parseFilterSyntax(text);
  const ast = hasErrors(syntax.diagnostics) ? undefined : syntax.ast;
  const values = new Map<string, ComparisonNode>();
  for (const node of ast ? comparisonsOf(ast) : []) values.set(key(node.value.span), node);
  const misplaced = new Set(misplacedHoles(ast, holes, text).map(key));
  // Past the length limit the text is not read; no error there names one interpolation.
  const errors = text.length > LIMITS.maxFilterLength ? [] : syntax.diagnostics.filter((d) => d.severity === 'error');
  return holes.map((hole, i) => {
    // A string glued to a boolean or date (`${a}${b}`) is out of place as the pair is.
    if (misplaced.has(key(hole))) return 'misplaced';
    if (literals[i]!.kind !== 'typed') return 'value';
    const comparison = values.get(key(hole));
    if (comparison) return comparison.operator === 'contains' ? 'text' : 'value';
    if (ast) return 'misplaced';
    return errors.some((d) => overlaps(d.span, hole)) ? 'misplaced' : 'unknown';
  });
}

function key(at: Span): string {
  return `${at.start}:${at.end}`;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

interface Assembled {
  readonly text: string;
  /** Where each interpolation's literal sits in `text`. */
  readonly holes: readonly Span[];
}

/** Joins the template's text with each interpolation's literal. */
function assemble(parts: readonly string[], literals: readonly string[]): Assembled {
  const holes: Span[] = [];
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    text += parts[i];
    if (i === parts.length - 1) break;
    const literal = literals[i]!;
    holes.push(span(text.length, text.length + literal.length));
    text += literal;
  }
  return { text, holes };
}

/** The template's text parts, cooked; the raw text where cooking failed (an invalid escape such as `\u`). */
function templateParts(strings: TemplateStringsArray): string[] {
  // A JavaScript caller may call the tag as a function; its argument is then the whole text.
  if (!Array.isArray(strings)) return [typeof strings === 'string' ? strings : ''];
  return strings.map((cooked: unknown, i) => {
    if (typeof cooked === 'string') return cooked;
    const raw: unknown = strings.raw?.[i];
    return typeof raw === 'string' ? raw : '';
  });
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
function misplacedHoles(ast: FilterNode | undefined, holes: readonly Span[], text: string): Span[] {
  const literalSpans = new Set<string>();
  for (const node of ast ? comparisonsOf(ast) : []) literalSpans.add(key(node.value.span));
  let quotes = 0;
  let staticFrom = 0;
  const misplaced: Span[] = [];
  for (const hole of holes) {
    // Quotes of the template's own text only; a literal's quotes always balance.
    for (let i = staticFrom; i < hole.start; i++) if (text[i] === "'") quotes++;
    staticFrom = hole.end;
    const insideQuotes = quotes % 2 === 1;
    const touchesQuote = text[hole.start - 1] === "'" || text[hole.end] === "'";
    const notALiteral = ast !== undefined && !literalSpans.has(key(hole));
    if (insideQuotes || touchesQuote || notALiteral) misplaced.push(hole);
  }
  return misplaced;
}

function misplacedDiagnostic(text: string, hole: Span): Diagnostic {
  return createDiagnostic(text, unexpectedToken(hole, 'an interpolated value standing alone (no quotes around ${...})', 'it joined to quoted text'));
}
