import { ENDPOINT_SCHEMAS, createDiagnostic, diagnosticInit, type EndpointId, relocateToFile, type Diagnostic, type FixInit, type LineColumn, type Query, type QueryParameter, type Span } from '@pcaq/core';
import { lintQuery } from '@pcaq/linter';
import { DEFAULT_ENDPOINT, decodeQuery, encodeQueryComponent, urlEndpoint } from '@pcaq/printer';
import { composeDecoded, mapSpan, type DecodedText } from './decoded-text.js';
import { encodeForLiteral } from './encode-literal.js';
import type { ExtractedQuery } from './extract-queries.js';
import { builtAtRunTime } from './rules/built-at-run-time.js';
import type { ScanDiagnostic } from './scan-diagnostic.js';

/**
 * Where the scanned file is: its name, its text, and how to find line and column of an offset.
 *
 * @example
 * ```ts
 * const text = 'q = "?top=0"';
 * const file: ScannedFile = { file: 'a.py', text, position: lineIndex(text) };
 * ```
 */
export interface ScannedFile {
  readonly file: string;
  readonly text: string;
  readonly position: (offset: number) => LineColumn;
}

/** How a span of linted text maps back to the file, and how fix text is written there. */
interface Layer {
  readonly decoded: DecodedText;
  readonly encode: (text: string) => string | undefined;
}

/**
 * Lints one extracted query with `lintQuery` of `@pcaq/linter` and maps every diagnostic and
 * fix back to the file. A value with a run-time part is not linted: it is one PCAQ0601 warning.
 * A URL is checked against the endpoint its path names; `endpoint` (default licence usage) is for
 * values given alone and for URLs whose path names none.
 *
 * @example
 * ```ts
 * const text = 'q = {"filter": "channel == \'x\'"}';
 * const file = { file: 'q.py', text, position: lineIndex(text) };
 * extractQueries(text, 'q.py').flatMap((found) => lintExtracted(found, file));
 * ```
 */
export function lintExtracted(found: ExtractedQuery, file: ScannedFile, endpoint: EndpointId = DEFAULT_ENDPOINT): ScanDiagnostic[] {
  const literal = (text: string): string | undefined => encodeForLiteral(text, found.literal);
  if (found.kind !== 'url') {
    if (found.text.holes.length > 0) return [runTimeValue(found.kind, found.text, file)];
    const layer = { decoded: found.text, encode: literal };
    return lintQuery({ [found.kind]: found.text.value }, { schema: ENDPOINT_SCHEMAS[endpoint] }).map((d) => toFile(d, layer, found, file));
  }
  const decoded = decodeQuery(found.text.value);
  // Each URL says its own endpoint by its path; `endpoint` is for those whose path names none (docs/scan.md).
  const { schema, diagnostics: pathDiagnostics } = urlEndpoint(found.path?.value ?? '', { endpoint, pathWins: true });
  const out: ScanDiagnostic[] = [];
  if (found.path !== undefined) {
    const pathLayer: Layer = { decoded: found.path, encode: () => undefined };
    for (const d of pathDiagnostics) out.push(toFile(d, pathLayer, found, file));
  }
  const urlLayer: Layer = { decoded: found.text, encode: literal };
  for (const d of decoded.diagnostics) {
    if (!touchesHole(found.text, d.span)) out.push(toFile(d, urlLayer, found, file));
  }
  const query: Partial<Record<QueryParameter, unknown>> = {};
  const layers = new Map<string, Layer>();
  for (const p of decoded.parameters) {
    if (!p.used || p.parameter === undefined) continue;
    const value = composeDecoded({ value: p.value, offsets: p.offsets, holes: [] }, found.text);
    if (value.holes.length > 0) {
      out.push(runTimeValue(p.parameter, value, file));
      continue;
    }
    query[p.parameter] = decoded.query[p.parameter];
    layers.set(p.parameter, { decoded: value, encode: (text) => literal(encodeQueryComponent(text)) });
  }
  for (const d of lintQuery(query as Query, { schema })) out.push(toFile(d, layers.get(d.source ?? '') ?? wholeQuery(found), found, file));
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** For diagnostics about the whole encoded query (its length): the whole query string, no fix. */
function wholeQuery(found: ExtractedQuery): Layer {
  const { offsets } = found.text;
  return { decoded: { value: '', offsets: [offsets[0]!, offsets[offsets.length - 1]!], holes: [] }, encode: () => undefined };
}

function touchesHole(text: DecodedText, s: Span): boolean {
  return text.holes.some((h) => h >= s.start && h < Math.max(s.end, s.start + 1));
}

function runTimeValue(parameter: string, text: DecodedText, file: ScannedFile): ScanDiagnostic {
  const at = mapSpan(text, { start: 0, end: text.value.length });
  const d = createDiagnostic(file.position, builtAtRunTime(at, parameter));
  return relocateToFile(d, { file: file.file, position: file.position, query: text.value }, { span: at });
}

/** The diagnostic made again for the file: its span and the fixes that can be written back there. */
function toFile(d: Diagnostic, layer: Layer, found: ExtractedQuery, file: ScannedFile): ScanDiagnostic {
  const init = diagnosticInit(d);
  return relocateToFile(
    d,
    { file: file.file, position: file.position, query: found.text.value },
    { span: mapSpan(layer.decoded, d.span), fixes: mapFixes(init.fixes, layer), suggestions: mapFixes(init.suggestions, layer) },
  );
}

/** Fixes whose every edit can be written back into the file; the others are dropped. */
function mapFixes(fixes: readonly FixInit[] | undefined, layer: Layer): FixInit[] {
  const mapped: FixInit[] = [];
  for (const fix of fixes ?? []) {
    const edits = fix.edits.map((edit) => {
      const text = layer.encode(edit.text);
      return text === undefined ? undefined : { span: mapSpan(layer.decoded, edit.span), text };
    });
    if (edits.every((e) => e !== undefined)) mapped.push(fix.args ? { edits, args: fix.args } : { edits });
  }
  return mapped;
}
