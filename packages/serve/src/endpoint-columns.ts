import { ENDPOINT_IDS, endpointSchema, rowShape, type Schema } from '@pcaq/core';
import { otherEndpointColumns } from './problems/other-endpoint-columns.js';

/**
 * Refuses, at start-up, a file whose columns are another endpoint's (docs/serve.md, "Reading files
 * as pcaq eval does"): when another endpoint of the family names more of the file's columns (an
 * alias counted as its field) than the served schema does. `pcaq eval` shows such a file's rows
 * at once; a server would answer every request with empty fields, so it stops with PCAQ0524.
 * Columns no endpoint names are left alone, as the engines leave them.
 *
 * @throws EngineError `path: error PCAQ0524: ...` naming the endpoint the columns belong to.
 * @example
 * ```ts
 * checkEndpointColumns('subs.csv', ['id', 'customerTenantId', 'licenseCount'], LICENSE_USAGE_SCHEMA); // throws PCAQ0524
 * ```
 */
export function checkEndpointColumns(path: string, columns: readonly string[], schema: Schema): void {
  const count = fieldsNamed(columns, schema);
  let best: { readonly other: string; readonly otherCount: number } | undefined;
  for (const id of ENDPOINT_IDS) {
    const other = endpointSchema(id);
    if (other === schema || other.name === schema.name) continue;
    const otherCount = fieldsNamed(columns, other);
    if (otherCount > count && otherCount > (best?.otherCount ?? 0)) best = { other: id, otherCount };
  }
  if (best === undefined) return;
  const served = ENDPOINT_IDS.find((id) => endpointSchema(id).name === schema.name) ?? schema.name;
  throw otherEndpointColumns(path, { endpoint: served, count, ...best });
}

/** How many of the schema's fields the columns name, an alias read as its field. */
function fieldsNamed(columns: readonly string[], schema: Schema): number {
  const shape = rowShape(schema);
  const fields = new Set(shape.fields);
  const named = new Set<string>();
  for (const column of columns) {
    const field = shape.aliases.get(column) ?? column;
    if (fields.has(field)) named.add(field);
  }
  return named.size;
}
