import { createTokenInstance, type IToken } from './chevrotain.js';
import { InvalidArgumentError, LIMITS, sourceOption, span, type Diagnostic, type DiagnosticSource, type FieldNode, type Span } from '@pcaq/core';
import type { SyntaxOptions } from './syntax-options.js';
import { spanOf } from './edits.js';
import { emptyGroupBy } from './problems/empty-groupby.js';
import { emptyGroupByItem } from './problems/empty-groupby-item.js';
import { groupBySyntax } from './problems/groupby-syntax.js';
import { groupByTooLong } from './problems/groupby-too-long.js';
import { runRule } from './grammar.js';
import { lex } from './lexer.js';
import { DiagnosticBuilder } from './diagnostic-builder.js';
import { grammarDiagnostics, quoted } from './parse-errors.js';
import { tokenEnd } from './token-stream.js';
import { And, BareWord, Comma, Eq, Identifier, Ne, Or } from './tokens.js';
import { groupByFields } from './visitor.js';

/**
 * What {@link parseGroupBySyntax} returns.
 *
 * @example
 * ```ts
 * const { fields, diagnostics }: GroupBySyntax = parseGroupBySyntax('channel,workloadCode');
 * ```
 */
export interface GroupBySyntax {
  /** The well-formed items, in order (also when other items are malformed). */
  readonly fields: FieldNode[];
  /** Syntax diagnostics: PCAQ0301, PCAQ0302, PCAQ0304. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses a group-by list (docs/language.md, "Grammar"): field names separated by commas, whitespace allowed
 * around them. Each comma-separated item is judged on its own, so one malformed item does not
 * hide the others. Field names are not checked against a schema here. A list longer than 32,768
 * characters (the filter's limit) is one PCAQ0305 error, and nothing past the limit is read.
 * Time is linear in the text's length. Never throws on any text.
 *
 * @throws InvalidArgumentError when `text` is not a string (input only code can give).
 *
 * @example
 * ```ts
 * parseGroupBySyntax('channel, customerTenantId').fields.map((f) => f.name); // ['channel', 'customerTenantId']
 * parseGroupBySyntax('channel,,workloadCode').diagnostics[0]?.code;         // 'PCAQ0302'
 * ```
 */
export function parseGroupBySyntax(text: string, options: SyntaxOptions = {}): GroupBySyntax {
  if (typeof text !== 'string') throw new InvalidArgumentError('parseGroupBySyntax', 'text', 'is not a string');
  const source = sourceOption(options);
  if (text.length > LIMITS.maxGroupByLength) {
    const tooLong = groupByTooLong(text);
    return { fields: [], diagnostics: [new DiagnosticBuilder(text.slice(0, tooLong.span.start), source).create(tooLong)] };
  }
  const tokens = lex(text);
  const items = splitItems(tokens);
  const builder = new DiagnosticBuilder(text, source);
  if (items.every((item) => item.tokens.length === 0)) {
    return { fields: [], diagnostics: [builder.create(emptyGroupBy(text))] };
  }
  const diagnostics: Diagnostic[] = [];
  const wellFormed: IToken[] = [];
  let lastItem = items.length - 1;
  while (lastItem > 0 && items[lastItem]?.tokens.length === 0) lastItem--;
  items.forEach((item, index) => {
    // One comma stays between each two items; the comma after an empty item or after the last item is extra.
    if (item.comma && (item.tokens.length === 0 || index >= lastItem)) diagnostics.push(extraComma(builder, item.comma));
    const problem = itemProblem(text, item.tokens);
    if (problem) diagnostics.push(builder.create(groupBySyntax(problem.span, problem.args.expected, problem.args.found)));
    else if (item.tokens[0]) wellFormed.push(asFieldName(item.tokens[0]));
  });
  const fields = wellFormed.length > 0 ? parseFields(text, wellFormed, diagnostics, source) : [];
  return { fields, diagnostics: diagnostics.sort((a, b) => a.span.start - b.span.start) };
}

/** An item: the tokens up to the next comma, and that comma (absent for the last item). */
interface Item {
  readonly tokens: IToken[];
  readonly comma: IToken | undefined;
}

function splitItems(tokens: readonly IToken[]): Item[] {
  const items: Item[] = [];
  let current: IToken[] = [];
  for (const token of tokens) {
    if (token.tokenType !== Comma) current.push(token);
    else {
      items.push({ tokens: current, comma: token });
      current = [];
    }
  }
  items.push({ tokens: current, comma: undefined });
  return items;
}

function extraComma(builder: DiagnosticBuilder, comma: IToken): Diagnostic {
  const at = spanOf(comma.startOffset, 1);
  return builder.create(emptyGroupByItem(at));
}

/** Why an item is not one field name, in PCAQ0304's terms; undefined when it is one. */
function itemProblem(text: string, tokens: readonly IToken[]): { span: Span; args: { expected: string; found: string } } | undefined {
  const [first] = tokens;
  if (!first) return undefined;
  // Pieces written without spaces are one word: `a-b`, `wörk`, `a.b`.
  let wordEnd = 1;
  while (wordEnd < tokens.length && isWordPiece(tokens[wordEnd - 1] as IToken) && isWordPiece(tokens[wordEnd] as IToken) && (tokens[wordEnd] as IToken).startOffset === tokenEnd(tokens[wordEnd - 1] as IToken)) wordEnd++;
  const end = tokenEnd(tokens[wordEnd - 1] as IToken);
  if (wordEnd > 1 || !isFieldName(first)) {
    return { span: span(first.startOffset, end), args: { expected: 'a field name', found: quoted(text.slice(first.startOffset, end)) } };
  }
  const second = tokens[1];
  if (!second) return undefined;
  return { span: spanOf(second.startOffset, second.image.length), args: { expected: "',' or the end of the list", found: quoted(second.image) } };
}

function isWordPiece(token: IToken): boolean {
  return isFieldName(token) || token.tokenType === BareWord;
}

/** A field name, also one spelt like a keyword (`or` is a name here; the checker rejects unknown ones). */
function isFieldName(token: IToken): boolean {
  const type = token.tokenType;
  return type === Identifier || type === Eq || type === Ne || type === And || type === Or;
}

function asFieldName(token: IToken): IToken {
  if (token.tokenType === Identifier) return token;
  return createTokenInstance(Identifier, token.image, token.startOffset, tokenEnd(token), NaN, NaN, NaN, NaN);
}

/** Runs the grammar over the well-formed names, re-joined by commas, and builds their nodes. */
function parseFields(text: string, names: readonly IToken[], diagnostics: Diagnostic[], source: DiagnosticSource | undefined): FieldNode[] {
  const tokens: IToken[] = [];
  names.forEach((name, index) => {
    if (index > 0) tokens.push(createTokenInstance(Comma, ',', name.startOffset, name.startOffset, NaN, NaN, NaN, NaN));
    tokens.push(name);
  });
  const { cst, errors } = runRule('groupBy', tokens);
  if (errors.length > 0) {
    diagnostics.push(...grammarDiagnostics(text, errors, groupBySyntax, 'the end of the list', source));
    return [];
  }
  return groupByFields(cst);
}
