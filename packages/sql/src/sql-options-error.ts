/**
 * Options given to `compileSql` (or a name given to `quoteIdentifier`) that cannot be compiled: an
 * unknown dialect, an empty or NUL-holding table, schema or ordinal name, a file source without a
 * path or with the PostgreSQL dialect. These come from code, not from a user's query (a query's
 * problems are diagnostics), so they throw, with this type and a message naming the option and
 * the value (docs/engines.md, "Errors").
 *
 * @example
 * ```ts
 * declare const query: CheckedQuery;
 * try {
 *   compileSql(query, { dialect: 'duckdb', source: '' });
 * } catch (error) {
 *   if (error instanceof SqlOptionsError) console.error(error.option, error.message); // 'source' ...
 * }
 * ```
 */
export class SqlOptionsError extends Error {
  override readonly name = 'SqlOptionsError';

  constructor(
    /** The option at fault (`dialect`, `source`, `source.name`, `source.ordinal`, `source.path`, `source.format`). */
    readonly option: string,
    message: string,
  ) {
    super(message);
  }
}
