import { isCheckedQuery, type CheckedQuery, type Query, type Schema } from '@pcaq/core';
import { checkQuery } from '@pcaq/linter';
import { compileSql as compileChecked, type CompileSqlOptions, type SqlOutcome } from '@pcaq/sql';

/**
 * Checks a query (text or trees; a checked query as it is) with `@pcaq/linter`'s `checkQuery`,
 * then compiles it with `@pcaq/sql` to one SQL statement for DuckDB or PostgreSQL: "check, then
 * call the stage" (docs/architecture.md, "The checked query"). A query with errors gives
 * `ok: false` and the diagnostics, never an exception; warnings are in `diagnostics`.
 *
 * @throws SqlOptionsError for invalid options (never for the query, whose problems are
 *   diagnostics); see `@pcaq/sql`'s `compileSql`.
 * @example
 * ```ts
 * import { compileSql } from 'pcaq';
 * declare const client: { query(text: string, params: unknown[]): Promise<unknown> };
 * const sql = compileSql({ filter: "channel eq 'Reseller'", groupby: 'customerTenantId', top: 100 }, { dialect: 'postgres', source: 'analytics.license_usage' });
 * if (sql.ok) await client.query(sql.text, [...sql.params]);
 * ```
 */
export function compileSql(query: Query | CheckedQuery, options: CompileSqlOptions & { readonly schema?: Schema }): SqlOutcome {
  if (isCheckedQuery(query)) return { ok: true, diagnostics: [], ...compileChecked(query, options) };
  const schema = options?.schema;
  const { checked, diagnostics } = checkQuery(query, schema === undefined ? {} : { schema });
  if (checked === undefined) return { ok: false, diagnostics };
  return { ok: true, diagnostics, ...compileChecked(checked, options) };
}
