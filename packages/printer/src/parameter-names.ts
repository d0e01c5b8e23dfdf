import { InvalidArgumentError, QUERY_PARAMETERS, type QueryParameter } from '@pcaq/core';

const BY_FOLDED = new Map<string, QueryParameter>(QUERY_PARAMETERS.map((p) => [p.toLowerCase(), p]));

/** The OData-style spellings docs/language.md, "The request" accepts (with a warning). */
const DOLLAR_ALLOWED = new Set<QueryParameter>(['filter', 'groupby', 'top', 'skip', 'orderby']);

/**
 * The parameter a name stands for, matching as the service does (docs/language.md, "The request", **Decision**):
 * ignoring case, and with a leading `$` for `filter`, `groupby`, `top`, `skip` and `orderby` (OData's
 * spellings). Undefined for an unknown name.
 *
 * @example
 * ```ts
 * canonicalParameter('groupBy'); // 'groupby'
 * canonicalParameter('$TOP');    // 'top'
 * canonicalParameter('$orderby'); // 'orderby'
 * canonicalParameter('sortby');   // undefined
 * ```
 * @throws InvalidArgumentError when `name` is not a string.
 */
export function canonicalParameter(name: string): QueryParameter | undefined {
  if (typeof name !== 'string') throw new InvalidArgumentError('canonicalParameter', 'name', 'is not a string');
  const folded = name.toLowerCase();
  if (!folded.startsWith('$')) return BY_FOLDED.get(folded);
  const parameter = BY_FOLDED.get(folded.slice(1));
  return parameter && DOLLAR_ALLOWED.has(parameter) ? parameter : undefined;
}
