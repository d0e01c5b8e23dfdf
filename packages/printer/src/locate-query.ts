import { InvalidArgumentError, span, type Span } from '@pcaq/core';

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
/** `GET ` before and ` HTTP/1.1` after a URL, as request lines (and the source page) write them. */
const REQUEST_LINE = /^(GET[ \t]+)(\S+)[ \t]+HTTP[/ ]\d(?:\.\d)?[ \t]*$/;

/**
 * Where the query string is in what the user gave: a full URL (`https://host/path?query#fragment`),
 * a path with a query (`/v1/...?query`, `license?query`), or a bare query string with or without
 * a leading `?`, or a request line (`GET https://... HTTP/1.1`, as the source page shows its example).
 * The span excludes the `?` and any `#fragment`; it is empty when there is no query.
 * A bare query string may hold a raw `?` inside a value: a `?` only ends a path when it comes
 * before the first `=`.
 *
 * @example
 * ```ts
 * locateQuery('https://host/p?top=5#x'); // { start: 15, end: 20 }
 * locateQuery("filter=a eq 'b?'");        // { start: 0, end: 16 }
 * ```
 * @throws InvalidArgumentError when `input` is not a string.
 */
export function locateQuery(input: string): Span {
  if (typeof input !== 'string') throw new InvalidArgumentError('locateQuery', 'input', 'is not a string');
  const line = REQUEST_LINE.exec(input);
  if (line) {
    const [, method = '', target = ''] = line;
    const inner = locateQuery(target);
    return inner.start === inner.end ? span(input.length, input.length) : span(inner.start + method.length, inner.end + method.length);
  }
  const question = input.indexOf('?');
  const hash = input.indexOf('#');
  const isPath = SCHEME.test(input) || input.startsWith('/');
  let start: number;
  if (question >= 0 && (hash < 0 || question < hash)) {
    const equals = input.indexOf('=');
    start = isPath || equals < 0 || question < equals ? question + 1 : 0;
  } else {
    start = isPath ? input.length : 0;
  }
  const fragment = input.indexOf('#', start);
  return span(start, fragment < 0 ? input.length : fragment);
}

/**
 * Where the path is in what the user gave (the forms {@link locateQuery} takes): after the host of
 * a full URL, or from the start of a text that begins with `/`, up to the `?` or `#`; inside a
 * request line, the path of its target. `undefined` when there is no path: a bare query string,
 * a relative name such as `license?top=5`, or a host with nothing after it
 * (docs/endpoints.md, "Which endpoint a URL is for").
 *
 * @example
 * ```ts
 * locatePath('https://host/v1/analytics/search?top=5'); // { start: 12, end: 32 }
 * locatePath('?top=5');                                  // undefined
 * ```
 * @throws InvalidArgumentError when `input` is not a string.
 */
export function locatePath(input: string): Span | undefined {
  if (typeof input !== 'string') throw new InvalidArgumentError('locatePath', 'input', 'is not a string');
  const line = REQUEST_LINE.exec(input);
  if (line) {
    const [, method = '', target = ''] = line;
    const inner = locatePath(target);
    return inner === undefined ? undefined : span(inner.start + method.length, inner.end + method.length);
  }
  const scheme = SCHEME.exec(input);
  let start: number;
  if (scheme) {
    const host = input.slice(scheme[0].length).search(/[/?#]/);
    if (host < 0) return undefined;
    start = scheme[0].length + host;
  } else if (input.startsWith('/')) {
    start = 0;
  } else {
    return undefined;
  }
  const end = input.slice(start).search(/[?#]/);
  const path = span(start, end < 0 ? input.length : start + end);
  return path.end > path.start && input[path.start] === '/' ? path : undefined;
}
