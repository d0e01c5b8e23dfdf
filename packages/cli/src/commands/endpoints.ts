import { Option, type Command } from 'commander';
import {
  DEFAULT_OPERATORS,
  ENDPOINT_IDS,
  didYouMean,
  endpointSchema,
  similarNames,
  truncateText,
  type EndpointSchema,
  type FieldDefinition,
} from '@pcaq/core';
import type { CliIo } from '../io.js';
import { choice } from '../option-choice.js';
import { UsageError } from '../usage-error.js';

const EXAMPLES = `
Examples:
  $ pcaq endpoints
  $ pcaq endpoints subscriptions
  $ pcaq endpoints azure-usage --format json

Without NAME, one line per endpoint: its id (the --endpoint NAME of the other commands), its
path and the parameters it takes beyond filter, groupby, top and skip. With NAME, its fields:
kind, the operators filter takes, whether groupby (and orderby) take it, how a grouped row
computes a count, and an example request. docs/endpoints.md has the same tables and the
decisions behind them.`;

const FORMATS = ['text', 'json'] as const;

interface EndpointsOptions {
  readonly format: (typeof FORMATS)[number];
}

/** Columns padded to their widest cell, two spaces apart, trailing spaces trimmed. */
function columns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n';
}

function listing(): string {
  const rows = ENDPOINT_IDS.map((id) => {
    const { endpoint } = endpointSchema(id);
    return [id, endpoint.paths[0]!, endpoint.parameters.join(', ') || '-'];
  });
  return columns([['endpoint', 'path', 'extra parameters'], ...rows]);
}

/** What a field's line says beyond kind and operators (docs/endpoints.md, "The schema model"). */
function notes(field: FieldDefinition): string {
  const out: string[] = [];
  if (field.values) out.push(`values ${field.values.join(' ')}${field.caseSensitive ? ' (case-sensitive)' : ''}`);
  if (field.dateOnly) out.push('date only');
  if (field.nullValues) out.push(`${field.nullValues[0]}${field.nullValues.length > 1 ? ` (+${field.nullValues.length - 1} spellings)` : ''} = no value`);
  if (field.aliases) out.push(`also ${field.aliases.join(' ')}`);
  if (field.groupedOnly) out.push('grouped rows only');
  return out.join('; ');
}

function fieldRow(field: FieldDefinition, takesOrderBy: boolean): string[] {
  const aggregate = field.kind !== 'count' ? '' : field.aggregate === 'rows' ? 'rows' : 'sum';
  const row = [field.name, field.kind, field.filterable ? (field.operators ?? DEFAULT_OPERATORS).join(' ') : '-', field.groupable ? 'yes' : '-'];
  if (takesOrderBy) row.push(field.orderable ? 'yes' : '-');
  row.push(aggregate || '-', notes(field));
  return row;
}

function details(schema: EndpointSchema): string {
  const { endpoint } = schema;
  const takesOrderBy = endpoint.parameters.includes('orderby');
  const level = endpoint.aggregationLevel;
  const parameters = ['filter', 'groupby', 'top', 'skip', ...endpoint.parameters].map((p) =>
    p === 'aggregationLevel' && level ? `${p} (${level.values.join(', ')}; default ${level.default})` : p,
  );
  const header = ['field', 'kind', 'operators', 'groupby', ...(takesOrderBy ? ['orderby'] : []), 'aggregate', 'notes'];
  const lines = [
    `${endpoint.id}: ${endpoint.paths[0]} (also ${endpoint.paths.slice(1).join(', ')})`,
    `parameters: ${parameters.join(', ')}`,
    `auth: ${endpoint.auth === 'user' ? 'user only' : 'app+user'}`,
    '',
    columns([header, ...schema.fields.map((f) => fieldRow(f, takesOrderBy))]).trimEnd(),
  ];
  if (endpoint.example) lines.push('', `example filter:  ${endpoint.example.filter}`, `example groupby: ${endpoint.example.groupby}`);
  return lines.join('\n') + '\n';
}

/** The schema named `name`, or a usage error naming the known ones and the nearest. */
function schemaNamed(name: string): EndpointSchema {
  const schema = endpointSchema(name);
  if (schema !== undefined) return schema;
  const hint = didYouMean(similarNames(name, ENDPOINT_IDS));
  throw new UsageError(`unknown endpoint '${truncateText(name, 64)}'.${hint} The endpoints are: ${ENDPOINT_IDS.join(', ')}`, 'endpoints');
}

/**
 * Registers `pcaq endpoints [NAME]`: lists the analytics endpoints, or one endpoint's fields,
 * operators and example (docs/endpoints.md).
 *
 * @example
 * ```ts
 * registerEndpointsCommand(program, processIo());
 * ```
 */
export function registerEndpointsCommand(program: Command, io: CliIo): void {
  program
    .command('endpoints')
    .description('list the analytics endpoints, or one endpoint\'s fields and operators')
    .argument('[name]', `an endpoint: ${ENDPOINT_IDS.join(', ')}`)
    .addOption(new Option('--format <format>', FORMATS.join(', ')).default('text').argParser(choice('--format', FORMATS, 'endpoints')))
    .addHelpText('after', EXAMPLES)
    .action((name: string | undefined, options: EndpointsOptions) => {
      if (name === undefined) {
        const endpoints = ENDPOINT_IDS.map((id) => endpointSchema(id).endpoint);
        io.stdout.write(options.format === 'json' ? JSON.stringify({ endpoints }, null, 2) + '\n' : listing());
        return;
      }
      const schema = schemaNamed(name);
      io.stdout.write(options.format === 'json' ? JSON.stringify(schema, null, 2) + '\n' : details(schema));
    });
}
