import { checkGroupBy } from '@pcaq/checker';
import { LICENSE_USAGE_SCHEMA, LIMITS, LineIndex, field, findField, isFieldName, sourceOption, span, type Diagnostic, type FieldNode } from '@pcaq/core';
import { parseGroupBySyntax } from '@pcaq/parser';
import type { ParseOptions } from './options.js';
import { asText } from './as-text.js';
import { byPosition } from './order.js';
import { replacementCharacter } from './rules/replacement-character.js';

/**
 * What {@link parseGroupBy} returns.
 *
 * @example
 * ```ts
 * const { fields, diagnostics }: ParsedGroupBy = parseGroupBy('channel,workloadCode');
 * ```
 */
export interface ParsedGroupBy {
  readonly fields: FieldNode[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses a group-by list and checks its fields: empty items, unknown fields (with did-you-mean),
 * fields that cannot be grouped by, fields named twice, U+FFFD (PCAQ0411). An array of names is
 * linted as the text the encoder would send (`names.join(',')`), so spans index that text; an
 * item that is not one field name (`'channel,customerTenantId'`, `'a b'`) is PCAQ0205, never read
 * as several. Past 32,768 characters nothing but PCAQ0305 is reported. Never throws.
 *
 * @example
 * ```ts
 * parseGroupBy('channelcustomerTenantId').diagnostics[0]?.fixes?.[0]?.edits[0]?.text; // 'channel,customerTenantId'
 * parseGroupBy(['channel', 'workloadCode']).fields.map((f) => f.name);                  // ['channel', 'workloadCode']
 * parseGroupBy(['channel,customerTenantId']).diagnostics[0]?.code;                      // 'PCAQ0205'
 * ```
 */
export function parseGroupBy(text: string | readonly string[], options: ParseOptions = {}): ParsedGroupBy {
  const items = Array.isArray(text) ? text.map(asText) : undefined;
  const source = items ? items.join(',') : asText(text);
  // Names from code that are all fields of the schema need no parsing: each is one node at its
  // place in the joined text (docs/architecture.md, "The checked query").
  if (items && items.length > 0 && source.length <= LIMITS.maxGroupByLength && items.every((item) => findField(options?.schema ?? LICENSE_USAGE_SCHEMA, item) !== undefined)) {
    const fields = placedFields(items);
    return { fields, diagnostics: checkGroupBy(fields, source, options ?? {}) };
  }
  const parameter = sourceOption(options);
  const syntax = parseGroupBySyntax(source, parameter ? { source: parameter } : {});
  if (source.length > LIMITS.maxGroupByLength) return { fields: [], diagnostics: syntax.diagnostics };
  const mangled = source.includes('\uFFFD') ? replacementCharacter(source, new LineIndex(source), parameter) : [];
  if (items && items.some((item) => item !== '' && !isFieldName(item))) return listWithBadNames(items, source, options, mangled);
  const diagnostics = [...syntax.diagnostics, ...checkGroupBy(syntax.fields, source, options ?? {}), ...mangled].sort(byPosition);
  return { fields: syntax.fields, diagnostics };
}

/**
 * An array holding an item that is not a field name: each item is one field node at its place
 * in the joined text, and the checker reports the bad ones (PCAQ0205) with the rest. The joined
 * text is not parsed: it would read `'channel,customerTenantId'` as two fields.
 */
function listWithBadNames(items: readonly string[], source: string, options: ParseOptions, mangled: Diagnostic[]): ParsedGroupBy {
  const nodes = placedFields(items);
  const diagnostics = [...checkGroupBy(nodes, source, options ?? {}), ...mangled].sort(byPosition);
  return { fields: nodes.filter((n) => isFieldName(n.name)), diagnostics };
}

/** Each non-empty item as a field node at its place in the items joined by commas. */
function placedFields(items: readonly string[]): FieldNode[] {
  const nodes: FieldNode[] = [];
  let at = 0;
  for (const item of items) {
    if (item !== '') nodes.push(field(item, span(at, at + item.length)));
    at += item.length + 1;
  }
  return nodes;
}

/**
 * The text a group-by value stands for: itself, or an array's items joined by commas.
 *
 * @example
 * ```ts
 * groupByText(['channel', 'workloadCode']); // 'channel,workloadCode'
 * ```
 */
export function groupByText(value: unknown): string {
  return Array.isArray(value) ? value.map(asText).join(',') : asText(value);
}
