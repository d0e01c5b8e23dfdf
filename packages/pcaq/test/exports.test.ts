import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
// The site plugin's reader of the task plan (docs/site.md), the same code that groups the API pages.
import { exportPlan } from '../../../scripts/typedoc-plugin/api-pages.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const umbrella = `${root}packages/pcaq/src/index.ts`;
/** The packages the umbrella re-exports. */
const REEXPORTED = ['core', 'printer', 'linter', 'evaluator', 'builder', 'sql'];

/**
 * Exports the packages share among themselves and deliberately keep out of the umbrella's public
 * API (and so off the API site). A new package export must be re-exported or named here.
 */
const INTERNAL = new Set([
  'isRowsMember',
  'rowsArrayTwiceMessage',
  'csvHeaderSql',
  'LineIndex',
  'codePointBoundaryAtOrBefore',
  'isInsidePair',
  'truncateText',
  'isFieldName',
  'filterTreeProblem',
  'TreeProblem',
  'printFilterLocated',
  'LocatedFilter',
  // core: implementation helpers of the other packages
  'assertNever',
  'rowMaker',
  'RowMaker',
  'RowMakers',
  'NO_SPAN',
  'createDiagnostic',
  'DiagnosticInit',
  'formatMessage',
  'didYouMean',
  'editDistance',
  'similarNames',
  // core: the one constructor's and the one walker's helpers of the producers (issue 10)
  'FixInit',
  // core: how a later stage makes a diagnostic again instead of patching it (docs/diagnostics.md)
  'diagnosticInit',
  'reviseDiagnostic',
  'DiagnosticRevision',
  'DiagnosticText',
  'relocateToFile',
  'FileDiagnostic',
  'QueryInFile',
  'comparisonsOf',
  'quoteLiteral',
  'sourceOption',
  // core and sql: how a comparison compares, shared by the evaluator and the SQL compiler
  'comparisonMode',
  'ComparisonMode',
  'filterSql',
  // linter: the request rules' registry, as the checker's CHECK_RULES
  'REQUEST_RULES',
  'ParameterRule',
  'ParameterValue',
  // printer: pieces of decodeQuery and encodeQuery
  'decodeComponent',
  'DecodedComponent',
  'locateQuery',
  'locatePath',
  'canonicalParameter',
  // evaluator: row reading shared with @pcaq/readers and the engines
  'latestProcessedDay',
  'processedDay',
  'foldCase',
  'canonicalFieldName',
  'NOT_A_COUNT',
  'readCount',
  'showValue',
  'MAX_ROW_DIAGNOSTICS',
  // sql: pieces of compileSql used by @pcaq/engines
  'quoteIdentifier',
  'quoteQualifiedName',
  'SqlParameters',
  'SQL_INTERNAL_COLUMNS',
  'SQL_ROW_FIELDS',
  'sqlColumns',
  'SqlColumns',
  'fileColumnsSql',
  'countFromTextSql',
  'fileRowsSql',
]);

function exportsOf(program: ts.Program, file: string): string[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`cannot read ${file}`);
  return checker.getExportsOfModule(module).map((symbol) => symbol.name);
}

describe('the umbrella package pcaq', () => {
  const entries = REEXPORTED.map((name) => `${root}packages/${name}/src/index.ts`);
  const program = ts.createProgram([umbrella, ...entries], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  const publicApi = new Set(exportsOf(program, umbrella));
  const packageExports = new Set(entries.flatMap((entry) => exportsOf(program, entry)));

  it('re-exports every package export that is not listed as internal', () => {
    const neither = [...packageExports].filter((name) => !publicApi.has(name) && !INTERNAL.has(name));
    expect(neither).toEqual([]);
  });

  it('keeps the internal helpers out of its public API, and lists only real exports as internal', () => {
    expect([...INTERNAL].filter((name) => publicApi.has(name))).toEqual([]);
    expect([...INTERNAL].filter((name) => !packageExports.has(name))).toEqual([]);
  });

  it('puts every export in exactly one task group of the API site, in a known order', () => {
    const source = ts.createSourceFile(umbrella, readFileSync(umbrella, 'utf8'), ts.ScriptTarget.ES2022, true);
    const plan = exportPlan(source);
    const grouped = plan.flatMap((entry) => entry.names);
    expect([...grouped].sort()).toEqual([...publicApi].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...new Set(plan.map((entry) => entry.title))]).toEqual([
      'Lint',
      'Build',
      'Print and encode',
      'Evaluate',
      'SQL and engines',
      'AST and schema',
    ]);
    expect(plan.every((entry, index) => entry.description || plan.findIndex((e) => e.title === entry.title) < index)).toBe(true);
  });
});
