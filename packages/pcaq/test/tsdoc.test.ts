import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';

// Every public export of every package has TSDoc with an @example (the promise; typedoc
// checks links and warnings, not this).
const root = fileURLToPath(new URL('../../../', import.meta.url));
const packages = readdirSync(`${root}packages`).filter((name) => name !== 'testing');

it('documents every export of every package with TSDoc and an @example', () => {
  const entries = packages.map((name) => `${root}packages/${name}/src/index.ts`);
  const program = ts.createProgram(entries, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const undocumented: string[] = [];
  let checked = 0;
  for (const [index, entry] of entries.entries()) {
    const home = `packages/${packages[index]}/src/`;
    const source = program.getSourceFile(entry);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`cannot read ${entry}`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      // Re-exports are checked in the package that declares them.
      if (!declaration || !declaration.getSourceFile().fileName.includes(home)) continue;
      checked++;
      const hasDoc = symbol.getDocumentationComment(checker).length > 0;
      const hasExample = ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example');
      if (!hasDoc || !hasExample) undocumented.push(`${home}${exported.name}`);
    }
  }
  expect(checked).toBeGreaterThan(150);
  expect(undocumented).toEqual([]);
});
