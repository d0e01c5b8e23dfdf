import { SqlOptionsError } from './sql-options-error.js';

/**
 * Quotes one SQL identifier the standard way (both DuckDB and PostgreSQL): wrapped in double
 * quotes, a double quote inside doubled. A quoted identifier is matched exactly, case included,
 * and nothing in it can end the identifier, so any name is safe to put in SQL text.
 *
 * @throws SqlOptionsError when `name` is empty or holds a NUL character (no engine accepts either).
 * @example
 * ```ts
 * quoteIdentifier('licensesActive'); // '"licensesActive"'
 * quoteIdentifier('say "hi"');       // '"say ""hi"""'
 * ```
 */
export function quoteIdentifier(name: string, option = 'identifier'): string {
  if (typeof name !== 'string') throw new SqlOptionsError(option, `${option} must be a string; found ${typeof name}`);
  if (name.length === 0) throw new SqlOptionsError(option, `${option} cannot be empty: SQL has no empty identifier`);
  if (name.includes('\0')) throw new SqlOptionsError(option, `${option} cannot hold a NUL character: ${JSON.stringify(name)}`);
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Quotes a possibly schema-qualified name. A string is split on dots (`analytics.usage` is schema
 * `analytics`, table `usage`); an array gives the parts as they are, so a part may hold a dot.
 *
 * @throws SqlOptionsError when the name or a part is empty (`''`, `a..b`, a leading or trailing dot)
 *   or holds a NUL; the message quotes the whole name.
 * @example
 * ```ts
 * quoteQualifiedName('analytics.license_usage'); // '"analytics"."license_usage"'
 * quoteQualifiedName(['my.schema', 'Usage']);    // '"my.schema"."Usage"'
 * ```
 */
export function quoteQualifiedName(name: string | readonly string[], option = 'table name'): string {
  const parts = typeof name === 'string' ? name.split('.') : Array.isArray(name) ? name : undefined;
  const shown = JSON.stringify(name) ?? String(name);
  if (parts === undefined) throw new SqlOptionsError(option, `a table name must be a string or an array of strings; found ${shown}`);
  if (parts.length === 0) throw new SqlOptionsError(option, `a table name needs at least one part; found ${shown}`);
  for (const part of parts) {
    if (typeof part !== 'string' || part.length === 0 || part.includes('\0')) {
      throw new SqlOptionsError(option, `table name ${shown} has an empty part or one holding a NUL character; write 'schema.table' or ['schema', 'table']`);
    }
  }
  return parts.map((part) => quoteIdentifier(part, option)).join('.');
}
