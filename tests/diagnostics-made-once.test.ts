import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { programWithProbe, REPOSITORY_ROOT, SOURCE_PROGRAM_OPTIONS } from './typescript-program.js';

// A diagnostic is made by createDiagnostic and never patched afterwards: outside @pcaq/core no
// source spreads one into an object literal, takes it apart with a rest pattern, passes it to
// Object.assign, assigns to or deletes one of its properties (docs/diagnostics.md, "How
// diagnostics are made"). The check is by type, so a diagnostic under any variable name is found.
const root = REPOSITORY_ROOT;
const options = SOURCE_PROGRAM_OPTIONS;

function sourceFiles(dir: string): string[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'generated' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** Where the sources of `files` patch a diagnostic, as `file:line: what`. */
function patchesIn(program: ts.Program, files: readonly string[]): string[] {
  const checker = program.getTypeChecker();
  const core = program.getSourceFile(join(root, 'packages/core/src/diagnostic.ts'));
  const declaration = core?.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Diagnostic');
  if (!declaration) throw new Error('no Diagnostic interface in packages/core/src/diagnostic.ts');
  const diagnosticType = checker.getTypeAtLocation(declaration);
  // A cast does not make a diagnostic something else: look through it.
  const unwrap = (node: ts.Node): ts.Node =>
    ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) || ts.isTypeAssertionExpression(node) || ts.isSatisfiesExpression(node) ? unwrap(node.expression) : node;
  const isDiagnostic = (node: ts.Node): boolean => {
    const type = checker.getNonNullableType(checker.getTypeAtLocation(unwrap(node)));
    return !(type.flags & ts.TypeFlags.Any) && checker.isTypeAssignableTo(type, diagnosticType);
  };
  const found: string[] = [];
  for (const file of files) {
    const where = file.slice(root.length);
    const source = program.getSourceFile(file)!;
    const report = (node: ts.Node, what: string): void => {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${where}:${line + 1}: ${what}`);
    };
    const visit = (node: ts.Node): void => {
      if (ts.isSpreadAssignment(node) && isDiagnostic(node.expression)) report(node, 'spreads a diagnostic');
      if (ts.isObjectBindingPattern(node) && node.elements.some((e) => e.dotDotDotToken) && isDiagnostic(node)) report(node, 'takes a diagnostic apart');
      if (ts.isCallExpression(node) && node.expression.getText(source) === 'Object.assign' && node.arguments.some(isDiagnostic)) report(node, 'Object.assign on a diagnostic');
      const target = ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken ? unwrap(node.left) : ts.isDeleteExpression(node) ? unwrap(node.expression) : undefined;
      if (target && (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) && isDiagnostic(target.expression)) report(node, 'changes a diagnostic');
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

it('no source outside @pcaq/core spreads, takes apart, assigns to or deletes from a diagnostic', () => {
  const files = readdirSync(join(root, 'packages')).flatMap((name) => sourceFiles(join(root, 'packages', name, 'src')));
  const checked = files.filter((file) => !file.startsWith(join(root, 'packages/core/src/')));
  expect(patchesIn(ts.createProgram(files, options), checked)).toEqual([]);
}, 120_000);

it('finds each kind of patch in a source written to break the rule', () => {
  const file = join(root, 'packages/linter/src/__patching_probe.ts');
  const text = [
    "import type { Diagnostic } from '@pcaq/core';",
    'export function probe(d: Diagnostic): unknown {',
    '  const moved = { ...d, line: 2 };',
    '  const { fixes, ...rest } = d;',
    '  Object.assign(d, { line: 3 });',
    "  (d as { message: string }).message = 'x';",
    '  delete (d as { fixes?: unknown }).fixes;',
    '  return [moved, fixes, rest];',
    '}',
  ].join('\n');
  const program = programWithProbe(file, text, [join(root, 'packages/core/src/diagnostic.ts')]);
  expect(patchesIn(program, [file]).map((found) => found.replace(/^.*?:\d+: /, ''))).toEqual([
    'spreads a diagnostic',
    'takes a diagnostic apart',
    'Object.assign on a diagnostic',
    'changes a diagnostic',
    'changes a diagnostic',
  ]);
});
