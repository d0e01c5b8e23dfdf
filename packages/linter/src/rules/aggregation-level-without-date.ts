import { findField, span, type DiagnosticInit, type Schema } from '@pcaq/core';

/**
 * PCAQ0418 (aggregation-level-without-date), a warning: `aggregationLevel` buckets a date field of
 * the group-by, and the service ignores it when the group-by holds none (docs/language.md,
 * "aggregationLevel"). The span covers the `aggregationLevel` value; no fix (which date to group
 * by is the caller's choice).
 *
 * @example
 * ```ts
 * aggregationLevelWithoutDate('week', ['status'], SUBSCRIPTIONS_SCHEMA)?.code;       // 'PCAQ0418'
 * aggregationLevelWithoutDate('week', ['creationDate'], SUBSCRIPTIONS_SCHEMA);      // undefined
 * ```
 */
export function aggregationLevelWithoutDate(text: string, groupby: readonly string[], schema: Schema): DiagnosticInit | undefined {
  if (groupby.some((name) => findField(schema, name)?.kind === 'datetime')) return undefined;
  const dates = schema.fields.filter((f) => f.kind === 'datetime' && f.groupable).map((f) => `'${f.name}'`);
  const grouped = groupby.length === 0 ? 'there is no group-by' : 'the group-by holds no date';
  return {
    code: 'PCAQ0418',
    span: span(0, text.length),
    args: { grouped, dates: dates.length > 0 ? dates.join(', ') : 'none (this endpoint has no date field to group by)' },
    source: 'aggregationLevel',
  };
}
