import type { Command } from 'commander';
import { compileSql, SqlOptionsError, type CompiledSql, type SqlDialect, type SqlFileFormat, type SqlSource } from '@pcaq/sql';
import { checkInputFile } from '../input-files.js';
import type { CliIo } from '../io.js';
import { choice } from '../option-choice.js';
import { addFormatOption, type FormatOf } from '../output-formats.js';
import { addOutputOptions, withOutput, type OutputOptionValues } from '../output-options.js';
import { addQueryOptions, readQueryOptions, readStdinOptions, type QueryOptionValues } from '../query-options.js';
import { checkReportedQuery } from '../query-report.js';
import { UsageError } from '../usage-error.js';

interface SqlOptions extends QueryOptionValues, OutputOptionValues {
  readonly dialect: SqlDialect;
  readonly table?: string;
  readonly ordinal?: string;
  readonly file?: string;
  readonly inputFormat?: SqlFileFormat;
  readonly caseSensitive?: boolean;
  readonly all?: boolean;
  readonly format: FormatOf<'sql'>;
}


const EXAMPLES = `
Examples:
  $ pcaq sql --filter "channel eq 'Reseller'" --groupby customerTenantId,workloadCode
  $ pcaq sql --dialect postgres --table analytics.license_usage --ordinal row_id --top 100
  $ pcaq sql --file usage.csv --groupby productId --format json
  $ pcaq sql --dialect postgres --filter - -o query.sql < filter.txt
  $ pcaq sql --endpoint subscriptions --filter "creationDate ge cast('2024-01-01', Edm.DateTimeOffset)"

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
    .option('--dialect <dialect>', 'duckdb or postgres', choice('--dialect', ['duckdb', 'postgres'], 'sql'), 'duckdb')
    .option('--table <name>', 'the table to read, schema-qualified with a dot (default: the endpoint with underscores, license_usage)')
    .option('--ordinal <column>', 'a unique column giving the rows their input order')
    .option('--file <path>', 'DuckDB only: read this CSV, JSON, NDJSON or Parquet file instead of a table')
    .option('--input-format <format>', 'the --file format (default: from its extension)', choice('--input-format', ['csv', 'json', 'ndjson', 'parquet'], 'sql'))
    .option('--case-sensitive', 'compare text exactly (GUIDs still ignore case)')
    .option('--all', 'no LIMIT/OFFSET: every row of the result');
  addQueryOptions(command);
  addFormatOption(command, 'sql');
  addOutputOptions(command, 'sql').addHelpText('after', EXAMPLES);
  command.action((raw: SqlOptions) =>
    withOutput(io, raw, 'sql', async (out) => {
      const options = await readStdinOptions(raw, io, 'sql');
      const given = readQueryOptions(options, 'sql');
      const source = await sourceOf(options, given.schema.endpoint.id);
      const checked = checkReportedQuery(given, io, options);
      const compiled = compileOrUsageError(() =>
        compileSql(checked, { dialect: options.dialect, source, caseSensitive: options.caseSensitive === true, all: options.all === true }),
      );
      out.write(options.format === 'json' ? jsonOutput(options.dialect, compiled) : textOutput(compiled));
    }),
  );
}

/** The default table of an endpoint: its id with underscores (`license_usage`, `azure_usage`). */
function tableOf(endpoint: string): string {
  return endpoint.replace(/-/g, '_');
}

async function sourceOf(options: SqlOptions, endpoint: string): Promise<SqlSource> {
  if (options.file === undefined) {
    if (options.inputFormat !== undefined) throw new UsageError('--input-format goes with --file', 'sql');
    const name = options.table ?? tableOf(endpoint);
    return { kind: 'table', name, ...(options.ordinal !== undefined ? { ordinal: options.ordinal } : {}) };
  }
  if (options.table !== undefined || options.ordinal !== undefined) throw new UsageError('--file cannot be combined with --table or --ordinal', 'sql');
  if (options.dialect !== 'duckdb') throw new UsageError('--file needs --dialect duckdb (PostgreSQL reads tables)', 'sql');
  // The SQL reads the file when it runs; a path that is not a readable file would only fail then.
  await checkInputFile(options.file, 'sql');
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
