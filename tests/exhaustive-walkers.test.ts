import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { programWithProbe, REPOSITORY_ROOT, SOURCE_PROGRAM_OPTIONS } from './typescript-program.js';

// Every walker over the filter tree dispatches on the node kind exhaustively: a switch whose
// default is `assertNever`, or a `Record<FilterNode['type'], handler>`; never an `if` or `?:` on
// one kind with "the other kind" as its else. A new node kind then fails to compile until every
// walker handles it (docs/architecture.md, "Exhaustive walkers"). A walker is a named function
// that dispatches on the kind of a node that may be either; the test finds them all, by type, in
// sources and tests, and lists them, so a new walker is seen and checked. (A test that a node is
// of one kind inside a larger condition, such as "an `or` inside an `and`", is not a dispatch.)
const root = REPOSITORY_ROOT;
const options = SOURCE_PROGRAM_OPTIONS;

/** Every walker over the filter tree, as `file#function`. */
const WALKERS = [
  'packages/builder/src/rebuild-tree.ts#rebuildTree',
  'packages/builder/test/filter-template.test.ts#literals',
  'packages/builder/test/filter-template.test.ts#structure',
  'packages/core/src/comparisons-of.ts#comparisonsOf',
  'packages/core/test/comparisons-of.test.ts#naive',
  'packages/evaluator/src/compile-filter.ts#compileFilter',
  'tests/evaluator/reference-model.test.ts#passes',
  'packages/linter/src/located-tree.ts#locatedTree',
  'packages/parser/test/filter-gen.ts#printTokens',
  'packages/printer/src/print-filter.ts#printTree',
  'packages/sql/src/filter-sql.ts#filterSql',
  'tests/sql/injection.test.ts#valuesOf',
  'tests/sql/injection.test.ts#withPlainValues',
];

function typeScriptFiles(dir: string): string[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'generated' || entry === 'fixtures' || entry === 'site' ? [] : typeScriptFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

interface Walker {
  readonly name: string;
  readonly problems: string[];
}

function functionName(node: ts.Node): string | undefined {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isFunctionExpression(node)) && node.name) return node.name.getText();
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    const parent = node.parent;
    if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText();
  }
  return undefined;
}

/** Every named function that dispatches on the kind of a filter node, with what is not exhaustive in it. */
function walkersIn(program: ts.Program, files: readonly string[]): Walker[] {
  const checker = program.getTypeChecker();
  /** `x.type` where `x` may be either kind of the tree (not yet narrowed to one). */
  const isNodeKind = (node: ts.Node): boolean => {
    if (!ts.isPropertyAccessExpression(node) || node.name.text !== 'type') return false;
    const type = checker.getNonNullableType(checker.getTypeAtLocation(node));
    const kinds = type.isUnion() ? type.types.map((t) => (t.isStringLiteral() ? t.value : '')) : [];
    return kinds.includes('Comparison') && kinds.includes('Logical');
  };
  const isKindTest = (node: ts.Node): boolean =>
    ts.isBinaryExpression(node) &&
    (node.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken || node.operatorToken.kind === ts.SyntaxKind.ExclamationEqualsEqualsToken) &&
    (isNodeKind(node.left) || isNodeKind(node.right));
  const walkers: Walker[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const where = file.slice(root.length);
    const line = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    const visit = (node: ts.Node): void => {
      const name = functionName(node);
      if (name !== undefined) {
        let dispatches = false;
        const problems: string[] = [];
        // The function's own body; a function inside it is looked at on its own.
        const look = (inner: ts.Node): void => {
          if (ts.isFunctionLike(inner)) return;
          if (ts.isSwitchStatement(inner) && isNodeKind(inner.expression)) {
            dispatches = true;
            const last = inner.caseBlock.clauses[inner.caseBlock.clauses.length - 1];
            if (!(last !== undefined && ts.isDefaultClause(last) && /\bassertNever\(/.test(last.getText(source)))) problems.push(`line ${line(inner)}: a switch on the node kind whose default does not call assertNever`);
          }
          if (ts.isElementAccessExpression(inner) && isNodeKind(inner.argumentExpression)) dispatches = true;
          const branch = ts.isIfStatement(inner) ? inner.expression : ts.isConditionalExpression(inner) ? inner.condition : undefined;
          if (branch && isKindTest(branch)) {
            dispatches = true;
            problems.push(`line ${line(inner)}: branches on one node kind, the other in its else`);
          }
          ts.forEachChild(inner, look);
        };
        ts.forEachChild(node, look);
        if (dispatches) walkers.push({ name: `${where}#${name}`, problems });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return walkers;
}

const files = [
  ...readdirSync(join(root, 'packages')).flatMap((name) => [...typeScriptFiles(join(root, 'packages', name, 'src')), ...typeScriptFiles(join(root, 'packages', name, 'test'))]),
  ...typeScriptFiles(join(root, 'tests')),
];
const walkers = walkersIn(ts.createProgram(files, options), files);

it('finds exactly the listed walkers over the filter tree', () => {
  expect(walkers.map((w) => w.name).sort()).toEqual([...WALKERS].sort());
}, 120_000);

it('every walker dispatches on the node kind exhaustively', () => {
  expect(walkers.filter((w) => w.problems.length > 0).map((w) => `${w.name}: ${w.problems.join('; ')}`)).toEqual([]);
});

it('finds a walker that is not exhaustive in a source written to break the rule', () => {
  const file = join(root, 'packages/core/src/__walker_probe.ts');
  const text = [
    "import type { FilterNode } from './ast.js';",
    'export function countIf(node: FilterNode): number {',
    "  if (node.type === 'Comparison') return 1;",
    '  return node.operands.reduce((sum, o) => sum + countIf(o), 0);',
    '}',
    'export function countSwitch(node: FilterNode): number {',
    '  switch (node.type) {',
    "    case 'Comparison': return 1;",
    "    default: return node.operands.length;",
    '  }',
    '}',
  ].join('\n');
  const found = walkersIn(programWithProbe(file, text), [file]);
  expect(found.map((w) => [w.name.replace(/^.*#/, ''), w.problems.length])).toEqual([
    ['countIf', 1],
    ['countSwitch', 1],
  ]);
});
