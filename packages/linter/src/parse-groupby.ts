import { checkGroupBy } from '@pcaq/checker';
import type { Diagnostic, FieldNode } from '@pcaq/core';
import { parseGroupBySyntax } from '@pcaq/parser';
import { printGroupBy } from '@pcaq/printer';
import type { ParseOptions } from './options.js';
import { asText } from './as-text.js';
import { byPosition } from './order.js';

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
 * fields that cannot be grouped by, fields named twice. An array of names is linted as the text
 * the encoder would send (`names.join(',')`), so spans index that text. Never throws.
 *
 * @example
 * ```ts
 * parseGroupBy('channelcustomerTenantId').diagnostics[0]?.fixes?.[0]?.edits[0]?.text; // 'channel,customerTenantId'
 * parseGroupBy(['channel', 'workloadCode']).fields.map((f) => f.name);                  // ['channel', 'workloadCode']
 * ```
 */
export function parseGroupBy(text: string | readonly string[], options: ParseOptions = {}): ParsedGroupBy {
  const source = groupByText(text);
  const syntax = parseGroupBySyntax(source);
  const diagnostics = [...syntax.diagnostics, ...checkGroupBy(syntax.fields, source, options ?? {})].sort(byPosition);
  return { fields: syntax.fields, diagnostics };
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
  return Array.isArray(value) ? printGroupBy(value.map(asText)) : asText(value);
}
