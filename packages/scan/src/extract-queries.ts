import { span, type Span } from '@pcaq/core';
import { sliceDecoded, type DecodedText } from './decoded-text.js';
import { findLiterals } from './find-literals.js';
import { languageFor, type Language, type StringForm } from './languages.js';
import { analyticsPathBefore, findQueryStrings, plainTextUrlEnd } from './query-strings.js';

/**
 * A query found in a file: a query string (`kind: 'url'`, from its `?` or first parameter, still
 * percent-encoded) or the value given to a `filter` or `groupby` key, decoded from the host
 * language's string syntax and mapped back to the file.
 *
 * @example
 * ```ts
 * const [found] = extractQueries('params = {"filter": "channel eq \'x\'"}', 'q.py');
 * found?.kind;       // 'filter'
 * found?.text.value; // "channel eq 'x'"
 * ```
 */
export interface ExtractedQuery {
  readonly kind: 'url' | 'filter' | 'groupby';
  readonly text: DecodedText;
  /** The span of the file the text came from. */
  readonly span: Span;
  /** The literal it sits in, whose escapes a fix must use; undefined for plain text. */
  readonly literal: StringForm | undefined;
  /** For a query string after an analytics path: that path, which names the endpoint (docs/scan.md). */
  readonly path?: DecodedText;
}

/**
 * `filter=`, `"filter": `, `filter: `, `$filter = `, `["filter"] = `, `-Filter ` right before a
 * literal, or a pair opened by `{` or `(`: `{ "filter", ` (C# initializers), `("filter", ` (tuples).
 * A list of names (`['filter', 'groupby']`) is not a pair.
 */
const KEY_BEFORE =
  /(?:^|[^\w$-])(?:-(filter|groupby)\s+|["'`]?\$?(filter|groupby)["'`]?\s*\]?\s*(?:=>|:|(?<![=!<>])=(?!=))|(?<=[{(]\s*)["'](filter|groupby)["']\s*,)\s*$/i;
const REQUEST_LINE = /^([ \t]*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+)(\S.*?)(?:[ \t]+HTTP\/\d(?:\.\d)?)?[ \t]*$/gim;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})[ \t]*([\w#+-]*)/;
/** Info strings of Markdown code blocks, as the extension whose language reads them. */
const FENCE_LANGUAGES: Readonly<Record<string, string>> = {
  python: 'py', py: 'py', powershell: 'ps1', ps1: 'ps1', pwsh: 'ps1', ts: 'ts', typescript: 'ts', js: 'js',
  javascript: 'js', csharp: 'cs', cs: 'cs', 'c#': 'cs', m: 'pq', powerquery: 'pq', pq: 'pq', json: 'json',
  sql: 'sql', sh: 'sh', bash: 'sh', shell: 'sh', http: 'http', rest: 'http',
};

/**
 * Every query `text` holds, read as the language of `path` says (docs/scan.md, "What is found"):
 * in source code, query strings inside string literals and the literals given as `filter` or
 * `groupby` values; in `.http` and `.rest` files, request lines; in Markdown, URLs in the prose
 * and each fenced code block read in its own language; in other text, URLs. A pure function.
 *
 * @example
 * ```ts
 * extractQueries('GET https://host/v1/analytics/commercial/usage/license/?filter=x HTTP/1.1', 'a.http')[0]?.text.value; // '?filter=x'
 * ```
 */
export function extractQueries(text: string, path: string): ExtractedQuery[] {
  return extractFrom(identity(text), extensionOf(path));
}

function extractFrom(source: DecodedText, extension: string): ExtractedQuery[] {
  const language = languageFor(`x.${extension}`);
  if (language) return fromCode(source, language);
  if (extension === 'http' || extension === 'rest') return fromRequests(source);
  if (extension === 'md' || extension === 'markdown') return fromMarkdown(source);
  return fromPlainText(source);
}

function fromCode(source: DecodedText, language: Language): ExtractedQuery[] {
  const found: ExtractedQuery[] = [];
  for (const literal of findLiterals(source.value, language)) {
    const decoded = rebase(literal.decoded, source);
    const key = KEY_BEFORE.exec(source.value.slice(Math.max(0, literal.start - 60), literal.start));
    const kind = (key?.[1] ?? key?.[2] ?? key?.[3])?.toLowerCase() as 'filter' | 'groupby' | undefined;
    if (kind) {
      found.push(query(kind, decoded, literal.form));
      continue;
    }
    // A literal of several lines is text (help, a template): a URL in it ends as in plain text.
    const urlEnd = /[\r\n]/.test(decoded.value) ? plainTextUrlEnd : (t: string) => t.length;
    for (const where of findQueryStrings(decoded.value, urlEnd)) {
      found.push(query('url', sliceDecoded(decoded, where.start, where.end), literal.form, pathOf(decoded, where.start)));
    }
  }
  return found;
}

function fromRequests(source: DecodedText): ExtractedQuery[] {
  const found: ExtractedQuery[] = [];
  for (const line of source.value.matchAll(REQUEST_LINE)) {
    const from = line.index + line[1]!.length;
    const url = sliceDecoded(source, from, from + line[2]!.length);
    // A request line's URL ends at the line's end (or its HTTP version), spaces included.
    for (const where of findQueryStrings(url.value, (t) => t.length)) found.push(query('url', sliceDecoded(url, where.start, where.end), undefined, pathOf(url, where.start)));
  }
  return found;
}

function fromMarkdown(source: DecodedText): ExtractedQuery[] {
  const found: ExtractedQuery[] = [];
  let prose = '';
  let at = 0;
  for (const block of fencedBlocks(source.value)) {
    const body = sliceDecoded(source, block.bodyStart, block.bodyEnd);
    found.push(...extractFrom(body, FENCE_LANGUAGES[block.info.toLowerCase()] ?? 'txt'));
    // Blank out the block so the prose pass does not find its URLs again.
    prose += source.value.slice(at, block.start) + ' '.repeat(block.end - block.start);
    at = block.end;
  }
  prose += source.value.slice(at);
  found.push(...fromPlainText({ ...source, value: prose }));
  return found.sort((a, b) => a.span.start - b.span.start);
}

interface FencedBlock {
  readonly start: number;
  readonly end: number;
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly info: string;
}

/**
 * Markdown's fenced code blocks, in one pass over the lines: a block closes at a fence of the
 * same character at least as long, and one never closed runs to the end of the text (CommonMark).
 */
function fencedBlocks(text: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  let open: { start: number; bodyStart: number; fence: string; info: string } | undefined;
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    const line = text.slice(lineStart, lineEnd).replace(/\r?\n$/, '');
    const fence = FENCE_OPEN.exec(line);
    if (!open && fence) {
      open = { start: lineStart, bodyStart: lineEnd, fence: fence[1]!, info: fence[2]! };
    } else if (open && fence && fence[1]![0] === open.fence[0] && fence[1]!.length >= open.fence.length && line.trim() === fence[1]) {
      blocks.push({ start: open.start, end: lineStart + line.length, bodyStart: open.bodyStart, bodyEnd: lineStart, info: open.info });
      open = undefined;
    }
    lineStart = lineEnd;
  }
  if (open) blocks.push({ start: open.start, end: text.length, bodyStart: open.bodyStart, bodyEnd: text.length, info: open.info });
  return blocks;
}

function fromPlainText(source: DecodedText): ExtractedQuery[] {
  return findQueryStrings(source.value, plainTextUrlEnd).map((where) => query('url', sliceDecoded(source, where.start, where.end), undefined, pathOf(source, where.start)));
}

/** The analytics path right before the query string at `start`, if there is one. */
function pathOf(text: DecodedText, start: number): DecodedText | undefined {
  const at = analyticsPathBefore(text.value, start);
  return at === undefined ? undefined : sliceDecoded(text, at.start, at.end);
}

function query(kind: ExtractedQuery['kind'], text: DecodedText, literal: StringForm | undefined, path?: DecodedText): ExtractedQuery {
  return { kind, text, span: span(text.offsets[0]!, text.offsets[text.offsets.length - 1]!), literal, ...(path !== undefined ? { path } : {}) };
}

function identity(text: string): DecodedText {
  return { value: text, offsets: Array.from({ length: text.length + 1 }, (_, i) => i), holes: [] };
}

/** Offsets relative to `source.value` made offsets of the file `source` came from. */
function rebase(decoded: DecodedText, source: DecodedText): DecodedText {
  return { ...decoded, offsets: decoded.offsets.map((o) => source.offsets[o]!) };
}

function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}
