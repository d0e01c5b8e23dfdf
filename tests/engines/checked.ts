import type { CheckedQuery, Query } from '@pcaq/core';
import { checkQuery } from '@pcaq/linter';

/** The checked query the engines take, from a test's text query (a query with errors fails the test). */
export function checked(query: Query): CheckedQuery {
  const result = checkQuery(query);
  if (result.checked === undefined) throw new Error(`the test's query has errors: ${JSON.stringify(result.diagnostics.map((d) => d.code))}`);
  return result.checked;
}
