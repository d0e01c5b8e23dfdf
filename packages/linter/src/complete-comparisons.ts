import { comparison, field, isFieldName, span, stringLiteral, type ComparisonNode, type ComparisonOperator } from '@pcaq/core';
import { scan, type Piece } from './coarse-scan.js';


/** Words read as an operator between a field and a value, in any case (docs/language.md). */
const OPERATOR_WORDS = new Set([
  'eq', 'ne', 'gt', 'ge', 'lt', 'le', 'has', 'in', 'contains', 'startswith', 'endswith', 'substringof', 'like',
]);
const OPERATOR_SYMBOLS = new Set(['==', '=', '!=', '<>', '<', '>', '<=', '>=']);
/** The operator of the language a word (in any case) or symbol stands for, once its fix is applied. */
const MEANT: ReadonlyMap<string, ComparisonOperator> = new Map([
  ['eq', 'eq'], ['ne', 'ne'], ['gt', 'gt'], ['ge', 'ge'], ['lt', 'lt'], ['le', 'le'], ['contains', 'contains'],
  ['==', 'eq'], ['=', 'eq'], ['!=', 'ne'], ['<>', 'ne'], ['<', 'lt'], ['>', 'gt'], ['<=', 'le'], ['>=', 'ge'],
]);
/** What may come right before a field: the start, `(`, a logical word or symbol, `not`, or the end of another comparison. */
const JOINING_WORDS = new Set(['and', 'or', 'not']);
const JOINING_SYMBOLS = new Set(['&&', '||', '&', '|', '!']);
const KEYWORDS = new Set(['and', 'or', 'not', 'eq', 'ne']);

/**
 * The comparisons of a filter that are complete whatever else is wrong with it: a field name, an
 * operator (one of the language's, in any case, or one it lacks such as `gt` or `==`), and a
 * value in single quotes, standing where a comparison can start. The parser hands over no tree
 * once the text has an error it cannot fix, yet these comparisons mean one thing only, so the
 * linter checks them against the schema all the same: one syntax error must not hide every
 * unknown field and every bad GUID (docs/diagnostics.md, "What one pass reports"). One linear
 * pass over the text; a word in a value's place (`eq b eq 'x'`) is never taken for a field.
 *
 * @example
 * ```ts
 * completeComparisons("channel gt 'a' and Channel eq 'b'").map((c) => c.field.name); // ['channel', 'Channel']
 * ```
 */
export function completeComparisons(text: string): ComparisonNode[] {
  const pieces = scan(text);
  const found: ComparisonNode[] = [];
  for (let i = 0; i + 2 < pieces.length; i++) {
    const name = pieces[i] as Piece;
    const operator = pieces[i + 1] as Piece;
    const value = pieces[i + 2] as Piece;
    if (name.kind !== 'word' || value.kind !== 'string' || !isOperator(text, operator)) continue;
    const written = text.slice(name.start, name.end);
    if (!isFieldName(written) || KEYWORDS.has(written.toLowerCase()) || !startsComparison(text, pieces[i - 1])) continue;
    if (!isClosedString(text, value)) continue;
    const literal = text.slice(value.start + 1, value.end - 1).replaceAll("''", "'");
    // The operator as its fix writes it, so the schema's operator check (PCAQ0206) sees it now
    // rather than after the fix; one the language lacks stands as 'eq'.
    const image = text.slice(operator.start, operator.end);
    const meant = MEANT.get(operator.kind === 'word' ? image.toLowerCase() : image) ?? 'eq';
    found.push(comparison(field(written, span(name.start, name.end)), meant, stringLiteral(literal, span(value.start, value.end))));
    i += 2;
  }
  return found;
}

function isOperator(text: string, piece: Piece): boolean {
  const image = text.slice(piece.start, piece.end);
  if (piece.kind === 'word') return OPERATOR_WORDS.has(image.toLowerCase());
  return piece.kind === 'symbol' && OPERATOR_SYMBOLS.has(image);
}

function startsComparison(text: string, before: Piece | undefined): boolean {
  if (before === undefined || before.kind === 'open' || before.kind === 'close' || before.kind === 'string') return true;
  const image = text.slice(before.start, before.end);
  if (before.kind === 'word') return JOINING_WORDS.has(image.toLowerCase());
  return before.kind === 'symbol' && JOINING_SYMBOLS.has(image);
}

function isClosedString(text: string, piece: Piece): boolean {
  return piece.end - piece.start >= 2 && text.charCodeAt(piece.start) === 39 && text.charCodeAt(piece.end - 1) === 39 && closes(text, piece);
}

/** Whether a single-quoted piece ended at a closing quote (not at the end of the text, unclosed). */
function closes(text: string, piece: Piece): boolean {
  let i = piece.start + 1;
  while (i < piece.end) {
    if (text.charCodeAt(i) !== 39) i++;
    else if (i + 1 < piece.end && text.charCodeAt(i + 1) === 39) i += 2;
    else return i === piece.end - 1;
  }
  return false;
}
