import { span, type Span } from '@pcaq/core';

/**
 * The analytics paths pcaq lints queries for: any path under `/v1/analytics/`, with or without
 * the `/partner` prefix and the trailing slash, in any case (docs/scan.md, "What is found"). Each
 * query is checked against the endpoint its path names; a path under `/v1/analytics/` that names
 * none is a PCAQ0412 warning (docs/endpoints.md, "Which endpoint a URL is for").
 *
 * @example
 * ```ts
 * KNOWN_ANALYTICS_PATH.test('https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license/?top=5'); // true
 * KNOWN_ANALYTICS_PATH.test('/partner/v1/analytics/subscriptions?top=5'); // true
 * ```
 */
export const KNOWN_ANALYTICS_PATH = /(?:\/partner)?\/v1\/analytics(?:\/[\w.-]+)+\/?(?![\w-])/i;

/** An analytics path that ends where the text ends: the path before a query string's `?`. */
const PATH_AT_END = new RegExp(`(?:${KNOWN_ANALYTICS_PATH.source})$`, 'i');

/**
 * The analytics path that ends right before `question` (the `?` of a query string), or undefined
 * when the query string follows no analytics path.
 *
 * @example
 * ```ts
 * analyticsPathBefore('GET /v1/analytics/search?top=5', 24); // { start: 4, end: 24 }
 * ```
 */
export function analyticsPathBefore(text: string, question: number): Span | undefined {
  if (text[question] !== '?') return undefined;
  const from = Math.max(0, question - 256);
  const found = PATH_AT_END.exec(text.slice(from, question));
  return found ? span(from + found.index, question) : undefined;
}

const PATH = new RegExp(KNOWN_ANALYTICS_PATH.source, 'gi');
/** A filter or groupby parameter: at the start, or after `?` or `&`. */
const QUERY_PARAMETER = /(^|[?&])\$?(?:filter|groupby)=/gi;

/**
 * Where a text holds an analytics query string: after a known path's `?`, or a bare query
 * string with a `filter` or `groupby` parameter. Each span starts at the `?` when there is one
 * (or at the first parameter) and ends where `end` says the URL ends.
 *
 * @example
 * ```ts
 * findQueryStrings("GET /v1/analytics/commercial/usage/license/?top=5", (t, from) => t.length);
 * // [{ start: 43, end: 49 }]
 * ```
 */
export function findQueryStrings(text: string, urlEnd: (text: string, from: number) => number): Span[] {
  const paths: Span[] = [];
  const bare: Span[] = [];
  const covered = (at: number): boolean => within(paths, at) || within(bare, at);
  for (const m of text.matchAll(PATH)) {
    const after = m.index + m[0].length;
    if (text[after] !== '?') continue;
    paths.push(span(after, withoutHttpVersion(text, after, urlEnd(text, after))));
  }
  for (const m of text.matchAll(QUERY_PARAMETER)) {
    const at = m.index + m[1]!.length;
    if (covered(at) || covered(m.index)) continue;
    // A parameter after '&' belongs to the query string that began at the '?' before it.
    const start = m[1] === '?' ? m.index : m[1] === '&' ? (questionBefore(text, m.index) ?? at) : at;
    if (covered(start) || (text[start] === '?' && followsOtherPath(text, start))) continue;
    bare.push(span(start, withoutHttpVersion(text, start, urlEnd(text, start))));
  }
  return [...paths, ...bare].sort((a, b) => a.start - b.start);
}

/** Whether `at` is inside one of `spans` (found in text order, so sorted): a binary search. */
function within(spans: readonly Span[], at: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = spans[mid]!;
    if (at < s.start) high = mid - 1;
    else if (at >= s.end) low = mid + 1;
    else return true;
  }
  return false;
}

/** The `?` that starts the query string holding the `&` at `ampersand`, looking back no further than the URL. */
function questionBefore(text: string, ampersand: number): number | undefined {
  for (let i = ampersand - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '?') return i;
    if (/[\s"'`<>]/.test(c)) return undefined;
  }
  return undefined;
}

/** A request line written in a string (`GET https://... HTTP/1.1`) ends its URL before the version. */
function withoutHttpVersion(text: string, start: number, end: number): number {
  const version = /[ \t]+HTTP\/\d(?:\.\d)?[ \t]*$/.exec(text.slice(start, end));
  return version ? start + version.index : end;
}

/**
 * Whether the `?` at `question` ends a URL path that is not a known analytics path (the known
 * ones were found first): that query string is aimed at another endpoint. A `?` at the start,
 * after white space or a quote, or after a part known only at run time (`BASE + "?filter=..."`)
 * starts a query string of its own.
 */
function followsOtherPath(text: string, question: number): boolean {
  const before = text[question - 1];
  return before !== undefined && !/[\s"'`(<\[=\uFFFC]/.test(before);
}

/**
 * Where a URL written in plain text (Markdown, a `.http` file) ends: at white space, a quote,
 * `<`, `>`, a backtick or `|`, or at a `)` that closes a Markdown link (one not opened inside
 * the URL), as CommonMark and GitHub's autolinks end it; a final `.`, `,`, `;` or `:` is
 * punctuation. Inside `<...>` (a Markdown autolink) only `>` and white space end it.
 *
 * @example
 * ```ts
 * plainTextUrlEnd('see (/x?filter=a).', 5); // 16
 * ```
 */
export function plainTextUrlEnd(text: string, from: number): number {
  let back = from - 1;
  while (back >= 0 && !/[\s<]/.test(text[back]!)) back--;
  const bracketed = back >= 0 && text[back] === '<';
  let depth = 0;
  let i = from;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (bracketed ? /[\s>]/.test(c) : /[\s"<>`|]/.test(c)) break;
    if (bracketed) continue;
    if (c === '(') depth++;
    if (c === ')' && depth-- === 0) break;
  }
  if (!bracketed) while (i > from && /[.,;:]/.test(text[i - 1]!)) i--;
  return i;
}
