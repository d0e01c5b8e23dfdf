/**
 * The operator sets the analytics family's schemas share (docs/endpoints.md): equality on text,
 * GUIDs, enums and booleans; the six comparisons on dates; `contains` on some text fields.
 * Kept as literal tuples so a typed builder can read each field's operators from its schema.
 */
export const EQUALITY = ['eq', 'ne'] as const;
export const DATE_COMPARISONS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] as const;
export const CONTAINS_ONLY = ['contains'] as const;
export const CONTAINS_AND_EQUALITY = ['contains', 'eq', 'ne'] as const;

/** `aggregationLevel`'s buckets on every endpoint that takes it (docs/endpoints.md). */
export const AGGREGATION_LEVELS = ['day', 'week', 'month'] as const;

/**
 * "No date" on indirect resellers (docs/endpoints.md, "Decisions"): the first instant of the
 * calendar as the page writes it, then as exports write the same instant (with `Z` or an offset,
 * as .NET's round-trip format and JavaScript's `toISOString` write it, or as a bare day).
 */
export const NO_DATE = [
  '0001-01-01T00:00:00',
  '0001-01-01T00:00:00Z',
  '0001-01-01T00:00:00+00:00',
  '0001-01-01T00:00:00.000Z',
  '0001-01-01T00:00:00.0000000',
  '0001-01-01T00:00:00.0000000Z',
  '0001-01-01T00:00:00.0000000+00:00',
  '0001-01-01',
] as const;
