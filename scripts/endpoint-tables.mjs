// The generated part of docs/endpoints.md: one table per analytics endpoint, from the schemas of
// @pcaq/core (docs/endpoints.md, "How this page is made"). scripts/generate.mjs writes it between
// the two markers below; tests/endpoints-docs.test.ts fails when the page is stale.

export const START_MARKER = '<!-- generated from the schemas by `pnpm generate`: edit packages/core/src/endpoints/, not this part -->';
export const END_MARKER = '<!-- end of the generated part -->';

const PAGE_BASE = 'https://learn.microsoft.com/en-us/partner-center/developer/';
const AUTH = { 'app+user': 'App+User', user: 'User only' };
const DEFAULT_OPERATORS = ['eq', 'ne'];
const code = (text) => `\`${text}\``;

/** What a field's row says beyond its kind and operators: enum values, null values, aliases. */
function notes(field) {
  const out = [];
  if (field.values) out.push(`values ${field.values.map(code).join(' ')}${field.caseSensitive ? ' (case-sensitive)' : ''}`);
  else if (field.caseSensitive) out.push('case-sensitive');
  if (field.dateOnly) out.push('a date without a time');
  if (field.nullValues) out.push(`${code(field.nullValues[0])}${field.nullValues.length > 1 ? ` (and ${field.nullValues.length - 1} other spellings)` : ''} is no value`);
  if (field.aliases) out.push(`also read as ${field.aliases.map(code).join(', ')}`);
  if (field.groupedOnly) out.push('in grouped rows only');
  return out.join('; ');
}

function aggregate(field) {
  if (field.kind !== 'count') return '';
  return field.aggregate === 'rows' ? 'rows of the group' : 'sum';
}

function fieldRow(field, takesOrderBy) {
  const operators = field.filterable ? (field.operators ?? DEFAULT_OPERATORS).join(' ') : '';
  const cells = [code(field.name), field.kind, operators, field.groupable ? 'yes' : '', aggregate(field), notes(field)];
  if (takesOrderBy) cells.splice(4, 0, field.orderable ? 'yes' : '');
  return `| ${cells.join(' | ')} |`;
}

function parameters(endpoint) {
  return ['filter', 'groupby', 'top', 'skip', ...endpoint.parameters]
    .map((name) => {
      const level = name === 'aggregationLevel' ? endpoint.aggregationLevel : undefined;
      return level ? `${code(name)} (${level.values.map(code).join(' ')}; default ${code(level.default)})` : code(name);
    })
    .join(', ');
}

/** The Markdown of one endpoint: a heading, its request facts, and its fields. */
export function endpointSection(schema) {
  const { endpoint } = schema;
  const takesOrderBy = endpoint.parameters.includes('orderby');
  const header = ['field', 'kind', 'filter operators', 'groupable', 'aggregate', 'notes'];
  if (takesOrderBy) header.splice(4, 0, 'orderable');
  const lines = [
    `## ${endpoint.id}`,
    '',
    '| request | |',
    '|---|---|',
    `| path | ${code(endpoint.paths[0])}; also ${endpoint.paths.slice(1).map(code).join(', ')} |`,
    `| parameters | ${parameters(endpoint)} |`,
    `| auth | ${AUTH[endpoint.auth]} |`,
    `| pages | ${endpoint.pages.map((page) => `[${page}](${PAGE_BASE}${page})`).join(', ')} |`,
  ];
  if (endpoint.example) {
    lines.push(`| example filter | ${code(endpoint.example.filter)} |`, `| example groupby | ${code(endpoint.example.groupby)} |`);
  }
  lines.push('', `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
  for (const field of schema.fields) lines.push(fieldRow(field, takesOrderBy));
  return lines.join('\n');
}

/** The whole generated part: a summary table, then one section per endpoint. */
export function endpointTables(schemas) {
  const summary = [
    '| endpoint | path | extra parameters | auth |',
    '|---|---|---|---|',
    ...schemas.map(({ endpoint }) => `| [${endpoint.id}](#${endpoint.id}) | ${code(endpoint.paths[0])} | ${endpoint.parameters.map(code).join(' ') || '(none)'} | ${AUTH[endpoint.auth]} |`),
  ];
  return [summary.join('\n'), ...schemas.map(endpointSection)].join('\n\n');
}

/**
 * The page `current` with its generated part replaced by the tables of `schemas`; `current`
 * must hold both markers (the hand-written parts around them are kept as they are).
 */
export function endpointsDoc(current, schemas) {
  const start = current.indexOf(START_MARKER);
  const end = current.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error('docs/endpoints.md has lost its generated-part markers');
  return `${current.slice(0, start)}${START_MARKER}\n\n${endpointTables(schemas)}\n\n${current.slice(end)}`;
}
