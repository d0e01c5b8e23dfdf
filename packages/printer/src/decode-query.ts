import {
  LIMITS,
  LineIndex,
  createDiagnostic,
  span,
  InvalidArgumentError,
  type Diagnostic,
  type DiagnosticInit,
  type Query,
  type QueryParameter,
  type Span,
} from '@pcaq/core';
import { locateQuery } from './locate-query.js';
import { canonicalParameter } from './parameter-names.js';
import { decodeComponent } from './percent-decode.js';
import { malformedPercentEscape } from './rules/malformed-percent-escape.js';
import { noncanonicalParameterName } from './rules/noncanonical-parameter-name.js';
import { parameterNameSpacing } from './rules/parameter-name-spacing.js';
import { repeatedParameter } from './rules/repeated-parameter.js';
import { unknownParameter } from './rules/unknown-parameter.js';
import { urlTooLong } from './rules/url-too-long.js';

/**
 * Options of {@link decodeQuery}.
 *
 * @example
 * ```ts
 * const options: DecodeOptions = { ignoreParameters: ['api-version'] };
 * ```
 */
export interface DecodeOptions {
  /** Names (matched ignoring case) that are neither reported as unknown nor returned. */
  readonly ignoreParameters?: readonly string[];
}

/**
 * One `name=value` pair of the query string, decoded, with its place in the URL text.
 *
 * @example
 * ```ts
 * decodeQuery('?groupBy=channel').parameters[0];
 * // { name: 'groupBy', parameter: 'groupby', used: true, value: 'channel', nameSpan: { start: 1, end: 8 }, valueSpan: { start: 9, end: 16 }, offsets: [9, ..., 16] }
 * ```
 */
export interface DecodedParameter {
  /** The name as written, decoded. */
  readonly name: string;
  /** The parameter it stands for, or undefined when unknown. */
  readonly parameter: QueryParameter | undefined;
  /** Whether its value went into the query (false for unknown and repeated parameters). */
  readonly used: boolean;
  readonly value: string;
  readonly nameSpan: Span;
  readonly valueSpan: Span;
  /** For each UTF-16 unit of `value`, its offset in the URL text; one more entry for the end. */
  readonly offsets: readonly number[];
}

/**
 * What {@link decodeQuery} returns: the query, the URL-level diagnostics (source `url`, spans in
 * the URL text), and every parameter with its place in the URL.
 *
 * @example
 * ```ts
 * const { query, diagnostics, parameters }: DecodedQuery = decodeQuery('top=10');
 * ```
 */
export interface DecodedQuery {
  readonly query: Query;
  readonly diagnostics: Diagnostic[];
  readonly parameters: DecodedParameter[];
}

/**
 * Decodes a full URL, a path with a query, or a bare query string (with or without `?`) into a
 * `Query`. `+` is a space; a malformed `%` escape or bytes that are not UTF-8 are PCAQ0407
 * (the raw characters are kept). Names match ignoring case and `groupBy`, `$filter` ... are
 * PCAQ0406 warnings with a fix; a known name with spaces around it (`$filter =`, `%20top`) is a
 * PCAQ0410 error with a fix, as the service would ignore it; unknown names are PCAQ0404 warnings
 * (their renaming is a suggestion, never a fix); a repeated parameter is PCAQ0405 (the first one
 * counts). `top` and `skip` made of digits become numbers, anything else stays text for the linter
 * to report. A URL longer than 32,768 characters is one PCAQ0409 error and nothing of it is
 * decoded. Time is linear in the URL's length. Never throws.
 *
 * @example
 * ```ts
 * decodeQuery('https://api.partnercenter.microsoft.com/partner/v1/analytics/commercial/usage/license?filter=customerTenantId%20eq%20%270112A436-B14E-4888-967B-CA4BB2CF1234%27&top=100').query;
 * // { filter: "customerTenantId eq '0112A436-B14E-4888-967B-CA4BB2CF1234'", top: 100 }
 * ```
 */
export function decodeQuery(urlOrQueryString: string, options: DecodeOptions = {}): DecodedQuery {
  const url = typeof urlOrQueryString === 'string' ? urlOrQueryString : '';
  if (url.length > LIMITS.maxUrlLength) {
    // Bounded work: nothing past the limit is read (docs/language.md, "Length limits").
    const tooLong = urlTooLong(url);
    return { query: {}, diagnostics: [createDiagnostic(url.slice(0, tooLong.span.start), tooLong)], parameters: [] };
  }
  const ignoredList: unknown = options?.ignoreParameters;
  const ignored = new Set((Array.isArray(ignoredList) ? ignoredList : []).map((n: unknown) => asName(n).toLowerCase()));
  const found: DiagnosticInit[] = [];
  const query: Partial<Record<QueryParameter, string | number>> = {};
  const parameters: DecodedParameter[] = [];
  const where = locateQuery(url);
  let at = where.start;
  while (at <= where.end && where.start < where.end) {
    const ampersand = url.indexOf('&', at);
    const segmentEnd = ampersand < 0 || ampersand > where.end ? where.end : ampersand;
    if (segmentEnd > at) {
      const parameter = decodeSegment(url, at, segmentEnd, found);
      if (!ignored.has(parameter.name.toLowerCase())) parameters.push(useParameter(parameter, query, found));
    }
    at = segmentEnd + 1;
  }
  const lines = new LineIndex(url);
  return {
    query: query as Query,
    diagnostics: found.map((init) => createDiagnostic(lines, { ...init, source: 'url' })),
    parameters,
  };
}

function asName(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '';
  }
}

/** Splits `name=value` and decodes both halves, reporting malformed escapes. */
function decodeSegment(url: string, start: number, end: number, found: DiagnosticInit[]): DecodedParameter {
  // Looked for inside the segment only: searching the rest of the URL for each segment without
  // one made a URL of many such segments quadratic.
  let nameEnd = start;
  while (nameEnd < end && url.charCodeAt(nameEnd) !== 61 /* = */) nameEnd++;
  const valueStart = nameEnd === end ? end : nameEnd + 1;
  const name = decodeComponent(url, start, nameEnd);
  const value = decodeComponent(url, valueStart, end);
  for (const bad of [...name.malformed, ...value.malformed]) {
    found.push(malformedPercentEscape(url, bad));
  }
  return {
    name: name.value,
    parameter: canonicalParameter(name.value) ?? canonicalParameter(unspaced(name.value)),
    used: false,
    value: value.value,
    nameSpan: span(start, nameEnd),
    valueSpan: span(valueStart, end),
    offsets: value.offsets,
  };
}

/** Puts a parameter's value into the query unless it is unknown or repeated, reporting why not. */
function useParameter(
  decoded: DecodedParameter,
  query: Partial<Record<QueryParameter, string | number>>,
  found: DiagnosticInit[],
): DecodedParameter {
  const { name, parameter, nameSpan } = decoded;
  if (parameter === undefined) {
    found.push(unknownParameter(name, nameSpan));
    return decoded;
  }
  if (name !== parameter) {
    // Spaces make the service miss the parameter altogether (an error); case and `$` it forgives.
    const spaced = canonicalParameter(name) === undefined;
    found.push(spaced ? parameterNameSpacing(name, parameter, nameSpan) : noncanonicalParameterName(name, parameter, nameSpan));
  }
  if (parameter in query) {
    found.push(repeatedParameter(parameter, nameSpan));
    return decoded;
  }
  query[parameter] = typedValue(parameter, decoded.value);
  return { ...decoded, used: true };
}


/**
 * A name without the whitespace around it and after a leading `$` (`$filter `, ` top`,
 * `$ skip`, also written `+` or `%20`): the spellings that mean a known parameter but that the
 * service, which does not trim names, would ignore (docs/diagnostics.md, PCAQ0410).
 */
function unspaced(name: string): string {
  const trimmed = name.trim();
  return trimmed.startsWith('$') ? `$${trimmed.slice(1).trimStart()}` : trimmed;
}

/** `top` and `skip` written as plain digits become numbers; everything else stays text. */
function typedValue(parameter: QueryParameter, value: string): string | number {
  if ((parameter === 'top' || parameter === 'skip') && /^[0-9]+$/.test(value)) {
    const n = Number(value);
    if (Number.isSafeInteger(n)) return n;
  }
  return value;
}

/**
 * Maps a span of a decoded parameter value (e.g. a filter diagnostic's span) back to the URL
 * text, so a diagnostic can be shown under the URL the user gave.
 *
 * @example
 * ```ts
 * const [p] = decodeQuery('filter=Channel%20eq%20%27x%27').parameters;
 * toUrlSpan(p!, { start: 0, end: 7 }); // { start: 7, end: 14 }
 * ```
 * @throws InvalidArgumentError when `parameter` is not a decoded parameter (no `offsets` array).
 */
export function toUrlSpan(parameter: DecodedParameter, valueSpan: Span): Span {
  const offsets: unknown = typeof parameter === 'object' && parameter !== null ? parameter.offsets : undefined;
  if (!Array.isArray(offsets) || offsets.length === 0) throw new InvalidArgumentError('toUrlSpan', 'parameter.offsets', 'is not a non-empty array');
  valueSpan = typeof valueSpan === 'object' && valueSpan !== null ? valueSpan : span(0, 0);
  const last = offsets.length - 1;
  const clamp = (n: number): number => Math.max(0, Math.min(last, Number.isFinite(n) ? Math.trunc(n) : 0));
  return span(offsets[clamp(valueSpan.start)]!, offsets[clamp(valueSpan.end)]!);
}
