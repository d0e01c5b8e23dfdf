import { checkFilter, malformedFilterTree } from '@pcaq/checker';
import { LIMITS, and, createDiagnostic, filterTreeProblem, isFieldName, sourceOption, type Diagnostic, type DiagnosticSource, type FilterNode } from '@pcaq/core';
import { filterTooLong } from '@pcaq/parser';
import { printFilterLocated } from '@pcaq/printer';
import type { ParseOptions } from './options.js';
import { locatedTree } from './located-tree.js';
import { parseFilter } from './parse-filter.js';

/** What linting a tree from code gives: the text it stands for, its diagnostics, and the tree to use. */
export interface LintedTree {
  /** The printed text the diagnostics' spans index (`''` when the tree could not be printed). */
  readonly text: string;
  readonly diagnostics: Diagnostic[];
  /** The tree its printed text stands for (frozen, flat), when it has no syntax error. */
  readonly ast: FilterNode | undefined;
}

/**
 * Lints a filter tree built in code as the text that would be sent, which is what the service
 * checks (docs/language.md, "Trees built in code"). A value that is not a well-formed tree is one
 * PCAQ0116 error; a field name that is not a name of the grammar is PCAQ0205 at its place in the
 * printed text, and that text is not parsed, since `channel eq 'a' or channel` would parse as two
 * comparisons. Otherwise the tree is checked as the printed text would be, and the tree returned
 * is the one that text parses to: frozen and checked, whatever the caller does to its own tree
 * later. A tree of known fields within the limits is rebuilt and checked without parsing
 * ({@link locatedTree}); anything else has its printed text parsed.
 */
export function lintFilterTree(tree: unknown, options: ParseOptions): LintedTree {
  let problem;
  try {
    problem = filterTreeProblem(tree);
  } catch {
    problem = { path: 'the tree', reason: 'cannot be read' };
  }
  if (problem) {
    const diagnostic = createDiagnostic('', { ...malformedFilterTree(problem), ...sourceOf(options) });
    return { text: '', diagnostics: [diagnostic], ast: undefined };
  }
  const { text, comparisons } = printFilterLocated(tree as FilterNode);
  if (comparisons.every((c) => isFieldName(c.field.name))) {
    // The common case (a builder's tree of known fields) is checked as a tree, never parsed.
    const located = locatedTree(tree as FilterNode, text, comparisons, options?.schema);
    if (located) return { text, diagnostics: checkFilter(located, text, options), ast: located };
    const parsed = parseFilter(text, options);
    return { text, diagnostics: parsed.diagnostics, ast: parsed.ast };
  }
  const diagnostics = checkFilter(and(comparisons), text, options);
  if (text.length > LIMITS.maxFilterLength) {
    diagnostics.push(createDiagnostic(text, { ...filterTooLong(text), ...sourceOf(options) }));
  }
  return { text, diagnostics, ast: undefined };
}

/** `{ source }` of the options, to spread into an init, or nothing. */
function sourceOf(options: ParseOptions): { source?: DiagnosticSource } {
  const source = sourceOption(options);
  return source ? { source } : {};
}
