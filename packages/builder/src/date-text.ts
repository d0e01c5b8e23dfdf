/**
 * A `Date`'s ISO 8601 text (`toISOString()`; `Invalid Date` for an invalid one, so that the checker
 * reports it), or undefined for anything that is not a `Date`. Never throws, whatever a JavaScript
 * caller passes: a proxy whose traps throw, or an object that only claims `Date`'s prototype, is
 * not a date (docs/builder.md, "Failing: diagnostics, and `QueryBuildError`").
 */
export function dateText(value: unknown): string | undefined {
  try {
    if (!(value instanceof Date)) return undefined;
    const time = Date.prototype.getTime.call(value);
    return Number.isNaN(time) ? 'Invalid Date' : new Date(time).toISOString();
  } catch {
    return undefined;
  }
}
