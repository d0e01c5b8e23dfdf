import { didYouMean, similarNames, type FieldNode, type Fix } from '@pcaq/core';
import type { CheckRule, RuleContext } from '../rule.js';
import { indexSchema } from '../schema-index.js';
import { abbreviate, replaceFix, spanHolds } from '../text-checks.js';

/**
 * PCAQ0201: a field the schema does not know (names are case-sensitive). When the intended name is
 * unambiguous (`WorkloadCode` -> `workloadCode`, `workloadCod` -> `workloadCode`) it comes as a fix;
 * several equally close names come as suggestions. In a group-by list, two names run together
 * (`channelcustomerTenantId`, as the source page prints it) are split into two items.
 *
 * @example
 * ```ts
 * checkFilter(parseFilterSyntax("WorkloadCode eq 'SFB'").ast!, "WorkloadCode eq 'SFB'")[0]?.code; // 'PCAQ0201'
 * ```
 */
export const unknownFieldRule: CheckRule = {
  code: 'PCAQ0201',
  comparison: (node, context) => {
    const index = indexSchema(context.schema);
    // Known names (the common case) cost one Map lookup; did-you-mean work is for unknown ones.
    if (!index.byName.has(node.field.name)) reportUnknown(node.field, index.filterable, false, context);
  },
  groupBy: (fields, context) => {
    const index = indexSchema(context.schema);
    for (const fieldNode of fields) {
      if (!index.byName.has(fieldNode.name)) reportUnknown(fieldNode, index.groupable, true, context);
    }
  },
};

function reportUnknown(fieldNode: FieldNode, allowed: readonly string[], inGroupBy: boolean, context: RuleContext): void {
  const { name } = fieldNode;
  const differsInCaseOnly = allowed.some((a) => a.toLowerCase() === name.toLowerCase());
  const split = inGroupBy && !differsInCaseOnly ? splitRunTogether(name, allowed) : undefined;
  const meant = split ? [split] : similarNames(name, allowed);
  const fixable = spanHolds(context.text, fieldNode.span, name);
  const fixes: Fix[] = fixable && meant.length === 1 ? [replaceFix(fieldNode.span, name, meant[0]!)] : [];
  const suggestions: Fix[] = fixable && meant.length > 1 ? meant.map((m) => replaceFix(fieldNode.span, name, m)) : [];
  context.report({ code: 'PCAQ0201', span: fieldNode.span, args: { name: abbreviate(name), hint: didYouMean(meant) }, fixes, suggestions });
}

/**
 * `channelcustomerTenantId` -> `channel,customerTenantId`: the one way to cut the name into two
 * allowed names (each matched ignoring case), or undefined.
 */
function splitRunTogether(name: string, allowed: readonly string[]): string | undefined {
  const byFolded = new Map(allowed.map((a) => [a.toLowerCase(), a]));
  const cuts: string[] = [];
  for (let at = 1; at < name.length; at++) {
    const left = byFolded.get(name.slice(0, at).toLowerCase());
    const right = byFolded.get(name.slice(at).toLowerCase());
    if (left && right) cuts.push(`${left},${right}`);
  }
  return cuts.length === 1 ? cuts[0] : undefined;
}
