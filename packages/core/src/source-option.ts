import type { DiagnosticSource } from './diagnostic.js';

const SOURCES: ReadonlySet<unknown> = new Set<DiagnosticSource>(['filter', 'groupby', 'top', 'skip', 'processedDateTime', 'url']);

/**
 * The `source` of an options object from code (the request parameter a text is, which the
 * producers set on each diagnostic as they make it), or undefined when absent or not a source.
 * Never throws: options come from JavaScript callers too.
 *
 * @example
 * ```ts
 * sourceOption({ source: 'groupby' }); // 'groupby'
 * sourceOption({ source: 'nope' });    // undefined
 * ```
 */
export function sourceOption(options: unknown): DiagnosticSource | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  try {
    const source = (options as { source?: unknown }).source;
    return SOURCES.has(source) ? (source as DiagnosticSource) : undefined;
  } catch {
    return undefined;
  }
}
