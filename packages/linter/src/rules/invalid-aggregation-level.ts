import { span, truncateText, type AggregationLevel, type DiagnosticInit, type FixInit, type Schema } from '@pcaq/core';

/** The levels of docs/language.md, "aggregationLevel", for a schema that lists none. */
const LEVELS: readonly AggregationLevel[] = ['day', 'week', 'month'];

/**
 * PCAQ0417 (invalid-aggregation-level): `aggregationLevel` is not one of the endpoint's values
 * (`day`, `week`, `month`; docs/language.md, "aggregationLevel"). Values compare exactly, as the
 * keywords of filters do; one that differs only in case (`Day`) gets a fix to the documented
 * spelling. The span covers the whole value.
 *
 * @example
 * ```ts
 * readAggregationLevel('week', SUBSCRIPTIONS_SCHEMA).value;                      // 'week'
 * readAggregationLevel('Day', SUBSCRIPTIONS_SCHEMA).problem?.fixes?.[0]?.edits[0]?.text; // 'day'
 * ```
 */
export function readAggregationLevel(text: string, schema: Schema): { readonly value?: AggregationLevel; readonly problem?: DiagnosticInit } {
  const values = (schema.endpoint?.aggregationLevel?.values ?? LEVELS).filter(isLevel);
  if (values.some((v) => v === text)) return { value: text as AggregationLevel };
  const meant = values.find((v) => v.toLowerCase() === text.toLowerCase());
  const at = span(0, text.length);
  const fixes: FixInit[] = meant === undefined ? [] : [{ edits: [{ span: at, text: meant }], args: { original: text, replacement: meant } }];
  const listed = values.map((v) => `'${v}'`).join(', ');
  return { problem: { code: 'PCAQ0417', span: at, args: { values: listed, value: truncateText(text, 60) }, fixes, source: 'aggregationLevel' } };
}

function isLevel(value: string): value is AggregationLevel {
  return (LEVELS as readonly string[]).includes(value);
}
