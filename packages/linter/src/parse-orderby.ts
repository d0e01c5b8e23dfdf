import { LICENSE_USAGE_SCHEMA, LIMITS, findField, isFieldName, orderByItem, span, truncateText, type DiagnosticInit, type OrderByItemNode, type Schema, type Span } from '@pcaq/core';
import { duplicateOrderbyField } from './rules/duplicate-orderby-field.js';
import { fieldNotOrderable } from './rules/field-not-orderable.js';
import { invalidOrderbyDirection } from './rules/invalid-orderby-direction.js';
import { orderbySyntax, orderbyTooLong } from './rules/orderby-syntax.js';

/**
 * What {@link parseOrderBy} returns: the sort keys as written (a field named twice is here twice;
 * `checkQuery` keeps the first), and the problems as diagnostic inits whose spans index the text.
 *
 * @example
 * ```ts
 * const { items, problems }: ParsedOrderBy = parseOrderBy('usageDate desc', AZURE_USAGE_SCHEMA);
 * ```
 */
export interface ParsedOrderBy {
  readonly items: OrderByItemNode[];
  readonly problems: DiagnosticInit[];
}

/** One word of an item: a run of characters other than white space. */
interface Word {
  readonly text: string;
  readonly span: Span;
}

/**
 * Parses `orderby = ws item *( ws "," ws item ) ws`, `item = field [ ws1 ( "asc" / "desc" ) ]`
 * (docs/language.md, "orderby") and checks it against the schema: syntax (PCAQ0306), fields that
 * cannot be ordered by (PCAQ0307), direction words (PCAQ0308), fields named twice (PCAQ0309).
 * Linear in the text's length; past 32,768 characters only PCAQ0306 is reported. Never throws.
 *
 * @example
 * ```ts
 * parseOrderBy('usageDate desc, customerName', AZURE_USAGE_SCHEMA).items.map((i) => `${i.name} ${i.direction}`); // ['usageDate desc', 'customerName asc']
 * parseOrderBy('usageDate DESC', AZURE_USAGE_SCHEMA).problems[0]?.code;                                           // 'PCAQ0308'
 * ```
 */
export function parseOrderBy(text: string, schema: Schema = LICENSE_USAGE_SCHEMA): ParsedOrderBy {
  const source = typeof text === 'string' ? text : '';
  if (source.length > LIMITS.maxGroupByLength) return { items: [], problems: [orderbyTooLong(source.length, LIMITS.maxGroupByLength)] };
  // A list with no word at all is one problem, not one per comma (whose fixes would overlap).
  if (/^[ \t\r\n,]*$/.test(source)) {
    return { items: [], problems: [orderbySyntax('a field name', source.includes(',') ? "','" : 'the end', span(0, source.length))] };
  }
  const items: OrderByItemNode[] = [];
  const problems: DiagnosticInit[] = [];
  const seen = new Set<string>();
  // The end of the item before, when it parsed cleanly: a repeat after it can be removed from there.
  let cleanEnd: number | undefined;
  let start = 0;
  for (;;) {
    let comma = source.indexOf(',', start);
    let end = comma < 0 ? source.length : comma;
    let words = wordsOf(source, start, end);
    const before = problems.length;
    if (words.length === 0) {
      // A run of empty items is one problem with one fix, so the fixes of `a,,` never overlap.
      const runStart = start;
      while (words.length === 0 && comma >= 0) {
        const next = source.indexOf(',', comma + 1);
        const nextEnd = next < 0 ? source.length : next;
        words = wordsOf(source, comma + 1, nextEnd);
        if (words.length > 0) break;
        comma = next;
        end = nextEnd;
      }
      problems.push(emptyItems(source, runStart, end));
      if (comma < 0 || words.length === 0) break;
      start = comma + 1;
      comma = source.indexOf(',', start);
      end = comma < 0 ? source.length : comma;
    }
    const item = readItem(words, schema, problems);
    if (item !== undefined) {
      if (seen.has(item.name)) problems.push(duplicateOrderbyField(item.name, item.span, cleanEnd === undefined ? undefined : span(cleanEnd, item.span.end)));
      seen.add(item.name);
      items.push(item);
    }
    cleanEnd = item !== undefined && problems.length === before ? item.span.end : undefined;
    if (comma < 0) break;
    start = comma + 1;
  }
  return { items, problems };
}

/**
 * Empty items from `start` to `end` (the last one's end): before an item, the commas that end
 * them are removed; at the end of the list, the comma before them (the list is not all empty:
 * {@link parseOrderBy} reports that first).
 */
function emptyItems(source: string, start: number, end: number): DiagnosticInit {
  if (end < source.length) return orderbySyntax('a field name', "','", span(end, end + 1), span(start, end + 1));
  return orderbySyntax('a field name', 'the end', span(start - 1, start), span(start - 1, end));
}

/** Reads `field [direction]` from an item's words, reporting what is wrong with it. */
function readItem(words: readonly Word[], schema: Schema, problems: DiagnosticInit[]): OrderByItemNode | undefined {
  const [name, direction, extra] = words;
  if (!isFieldName(name!.text)) {
    problems.push(orderbySyntax('a field name', quoted(name!.text), name!.span));
    return undefined;
  }
  const definition = findField(schema, name!.text);
  if (definition?.orderable !== true) problems.push(fieldNotOrderable(name!.text, name!.span, schema));
  if (direction !== undefined && direction.text !== 'asc' && direction.text !== 'desc') problems.push(invalidOrderbyDirection(direction.text, direction.span));
  if (extra !== undefined) problems.push(orderbySyntax("',' or the end", quoted(extra.text), extra.span));
  const last = direction ?? name!;
  return orderByItem(name!.text, direction?.text === 'desc' ? 'desc' : 'asc', span(name!.span.start, last.span.end));
}

function quoted(text: string): string {
  return `'${truncateText(text, 60)}'`;
}

/** The white-space separated words of `source` between `start` and `end` (SP, HTAB, CR, LF). */
function wordsOf(source: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let at = start;
  while (at < end) {
    while (at < end && isSpace(source.charCodeAt(at))) at++;
    const wordStart = at;
    while (at < end && !isSpace(source.charCodeAt(at))) at++;
    if (at > wordStart) words.push({ text: source.slice(wordStart, at), span: span(wordStart, at) });
  }
  return words;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}
