import type { Command } from 'commander';
import { hasErrors } from '@pcaq/core';
import { compileSql, SqlOptionsError, type CompiledSql, type SqlDialect, type SqlFileFormat, type SqlSource } from '@pcaq/sql';
import { wantsColor, type CliIo } from '../io.js';
import { addQueryOptions, readQueryOptions, type QueryOptionValues } from '../query-options.js';
import { renderDiagnostics } from '../render-diagnostics.js';
import { UsageError } from '../usage-error.js';

interface SqlOptions extends QueryOptionValues {
  readonly dialect: SqlDialect;
  readonly table?: string;
  readonly ordinal?: string;
  readonly file?: string;
  readonly inputFormat?: SqlFileFormat;
  readonly caseSensitive?: boolean;
  readonly all?: boolean;
  readonly format: 'text' | 'json';
}

/** The table `pcaq sql` reads when no `--table` is given. */
const DEFAULT_TABLE = 'license_usage';

const EXAMPLES = `
Examples:
  $ pcaq sql --filter "channel eq 'Reseller'" --groupby customerTenantId,workloadCode
  $ pcaq sql --dialect postgres --table analytics.license_usage --ordinal row_id --top 100
  $ pcaq sql --file usage.parquet --groupby productId --format json

The SQL has $1, $2, ... placeholders; their values are listed after it (text format) or in
"params" (json). Nothing from the query is written into the SQL text itself. The result rows carry
pcaq_ordinal (their order) and pcaq_total (the total count). Without --ordinal, DuckDB tables are
read in insertion order (rowid) and PostgreSQL tables in physical order (ctid), which is not
reliably the load order: give a unique, increasing column for the service's row and group order.

Exit status: 0 printed (warnings allowed), 1 query errors, 2 usage error.`;

/**
 * Registers `pcaq sql`: prints the SQL (DuckDB or PostgreSQL) that answers a query as pcaq's
 * evaluator would, with its parameters, for people who run it in their own warehouse. The query
 * is linted first; with errors the diagnostics go to standard error, as `pcaq lint` prints them,
 * and nothing is printed on standard output.
 *
 * @example
 * ```ts
 * registerSqlCommand(program, processIo());
 * ```
 */
export function registerSqlCommand(program: Command, io: CliIo): void {
  const command = program
    .command('sql')
    .description('print the SQL (DuckDB or PostgreSQL) that answers a query, with its parameters')
    .option('--dialect <dialect>', 'duckdb or postgres', choice('--dialect', ['duckdb', 'postgres']), 'duckdb')
    .option('--table <name>', `the table to read, schema-qualified with a dot (default: ${DEFAULT_TABLE})`)
    .option('--ordinal <column>', 'a unique column giving the rows their input order')
    .option('--file <path>', 'DuckDB only: read this CSV, JSON, NDJSON or Parquet file instead of a table')
    .option('--input-format <format>', 'the --file format (default: from its extension)', choice('--input-format', ['csv', 'json', 'ndjson', 'parquet']))
    .option('--case-sensitive', 'compare text exactly (GUIDs still ignore case)')
    .option('--all', 'no LIMIT/OFFSET: every row of the result')
    .option('--format <format>', 'text or json', choice('--format', ['text', 'json']), 'text');
  addQueryOptions(command).addHelpText('after', EXAMPLES);
  command.action(async (options: SqlOptions) => {
    const given = readQueryOptions(options, 'sql');
    const source = await sourceOf(options);
    const compiled = compileOrUsageError(() =>
      compileSql(given.query, { dialect: options.dialect, source, caseSensitive: options.caseSensitive === true, all: options.all === true }),
    );
    const diagnostics = [...given.diagnostics, ...compiled.diagnostics];
    io.stderr.write(renderDiagnostics(diagnostics, given.texts, { format: 'text', color: wantsColor(io, 'stderr') }));
    if (!compiled.ok || hasErrors(diagnostics)) {
      io.setExitCode(1);
      return;
    }
    io.stdout.write(options.format === 'json' ? jsonOutput(options.dialect, compiled) : textOutput(compiled));
  });
}

function choice<T extends string>(flag: string, values: readonly T[]): (value: string) => T {
  return (value) => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new UsageError(`${flag} must be one of ${values.join(', ')}, not '${value}'`, 'sql');
  };
}

async function sourceOf(options: SqlOptions): Promise<SqlSource> {
  if (options.file === undefined) {
    if (options.inputFormat !== undefined) throw new UsageError('--input-format goes with --file', 'sql');
    const name = options.table ?? DEFAULT_TABLE;
    return { kind: 'table', name, ...(options.ordinal !== undefined ? { ordinal: options.ordinal } : {}) };
  }
  if (options.table !== undefined || options.ordinal !== undefined) throw new UsageError('--file cannot be combined with --table or --ordinal', 'sql');
  if (options.dialect !== 'duckdb') throw new UsageError('--file needs --dialect duckdb (PostgreSQL reads tables)', 'sql');
  // The engines package tells a JSON array from a response body by reading the file's start.
  const { fileSourceOf, EngineError } = await import('@pcaq/engines');
  try {
    return await fileSourceOf(options.file, options.inputFormat);
  } catch (error) {
    if (error instanceof EngineError) throw new UsageError(error.message, 'sql');
    throw error;
  }
}

/** Invalid options (an empty table name part) are usage errors, not crashes. */
function compileOrUsageError<T>(compile: () => T): T {
  try {
    return compile();
  } catch (error) {
    if (error instanceof SqlOptionsError) throw new UsageError(error.message, 'sql');
    throw error;
  }
}

/** The SQL, then the parameters as SQL comments (JSON-quoted text), so the output stays valid SQL. */
function textOutput(compiled: CompiledSql): string {
  const params = compiled.params.map((value, index) => `-- $${index + 1} = ${JSON.stringify(value)}`);
  return `${compiled.text};\n${params.length > 0 ? `\n-- parameters\n${params.join('\n')}\n` : ''}`;
}

function jsonOutput(dialect: SqlDialect, compiled: CompiledSql): string {
  return JSON.stringify({ dialect, sql: compiled.text, params: compiled.params, columns: compiled.columns }, null, 2) + '\n';
}
