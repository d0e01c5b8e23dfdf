/**
 * Quotes one SQL identifier the standard way (both DuckDB and PostgreSQL): wrapped in double
 * quotes, a double quote inside doubled. A quoted identifier is matched exactly, case included,
 * and nothing in it can end the identifier, so any name is safe to put in SQL text.
 *
 * @throws RangeError when `name` is empty or holds a NUL character (no engine accepts either).
 * @example
 * ```ts
 * quoteIdentifier('licensesActive'); // '"licensesActive"'
 * quoteIdentifier('say "hi"');       // '"say ""hi"""'
 * ```
 */
export function quoteIdentifier(name: string): string {
  if (name.length === 0) throw new RangeError('an SQL identifier cannot be empty');
  if (name.includes('\0')) throw new RangeError('an SQL identifier cannot hold a NUL character');
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Quotes a possibly schema-qualified name. A string is split on dots (`analytics.usage` is schema
 * `analytics`, table `usage`); an array gives the parts as they are, so a part may hold a dot.
 *
 * @throws RangeError when a part is empty (`a..b`, a leading or trailing dot) or holds a NUL.
 * @example
 * ```ts
 * quoteQualifiedName('analytics.license_usage'); // '"analytics"."license_usage"'
 * quoteQualifiedName(['my.schema', 'Usage']);    // '"my.schema"."Usage"'
 * ```
 */
export function quoteQualifiedName(name: string | readonly string[]): string {
  const parts = typeof name === 'string' ? name.split('.') : name;
  if (parts.length === 0) throw new RangeError('a table name needs at least one part');
  return parts.map(quoteIdentifier).join('.');
}
