import { readdirSync } from 'node:fs';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { REPOSITORY_ROOT, SOURCE_PROGRAM_OPTIONS } from './typescript-program.js';

// Every `@example` of a public export is type-checked, as a module that imports from pcaq's
// packages the names it uses (an example that calls a function no package exports fails here).
// An example that needs context names them with `declare const x: T;` lines.
const root = REPOSITORY_ROOT;
const packages = readdirSync(`${root}packages`).filter((name) => name !== 'testing');
const options = SOURCE_PROGRAM_OPTIONS;


interface Example {
  readonly where: string;
  readonly code: string;
}

function examplesAndExports(): { examples: Example[]; exports: Map<string, string>; ownExports: Map<string, Set<string>> } {
  const entries = packages.map((name) => `${root}packages/${name}/src/index.ts`);
  const program = ts.createProgram(entries, options);
  const checker = program.getTypeChecker();
  const examples: Example[] = [];
  const exports = new Map<string, string>();
  const ownExports = new Map<string, Set<string>>();
  for (const [index, entry] of entries.entries()) {
    const name = packages[index]!;
    const own = new Set<string>();
    ownExports.set(`packages/${name}/src/`, own);
    const home = `packages/${name}/src/`;
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!);
    if (!module) throw new Error(`cannot read ${entry}`);
    for (const exported of checker.getExportsOfModule(module)) {
      if (!exports.has(exported.name)) exports.set(exported.name, name === 'pcaq' ? 'pcaq' : `@pcaq/${name}`);
      own.add(exported.name);
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      if (!declaration || !declaration.getSourceFile().fileName.includes(home)) continue;
      for (const tag of ts.getJSDocTags(declaration)) {
        if (tag.tagName.text !== 'example') continue;
        const text = typeof tag.comment === 'string' ? tag.comment : (ts.getTextOfJSDocComment(tag.comment) ?? '');
        for (const block of text.matchAll(/```ts\n([\s\S]*?)```/g)) examples.push({ where: `${home}${exported.name}`, code: block[1]! });
      }
    }
  }
  return { examples, exports, ownExports };
}

/**
 * The example as a module: imports of the exported names it uses and does not declare itself. A
 * name its own package exports comes from that package (the umbrella's text-form `compileSql` must
 * not stand in for `@pcaq/sql`'s); other names from the first package exporting them.
 */
function asModule(code: string, exports: Map<string, string>, ownPackage: string, own: ReadonlySet<string>): string {
  const used = new Set(code.match(/\b[A-Za-z_$][\w$]*\b/g) ?? []);
  const declared = new Set([...code.matchAll(/\b(?:const|let|function|class|interface|type|import)\s+\{?\s*([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
  const byPackage = new Map<string, string[]>();
  for (const name of used) {
    const from = own.has(name) ? ownPackage : exports.get(name);
    if (!from || declared.has(name)) continue;
    byPackage.set(from, [...(byPackage.get(from) ?? []), name]);
  }
  const imports = [...byPackage].map(([from, names]) => `import { ${names.join(', ')} } from '${from}';`);
  if (/\bfc\./.test(code)) imports.push("import fc from 'fast-check';");
  return `${imports.join('\n')}\n${code}\nexport {};\n`;
}

/** `packages/sql/src/compileSql` -> `@pcaq/sql` (`pcaq` for the umbrella). */
function packageOf(where: string): string {
  const name = where.split('/')[1]!;
  return name === 'pcaq' ? 'pcaq' : `@pcaq/${name}`;
}

it('type-checks every @example of every public export', () => {
  const { examples, exports, ownExports } = examplesAndExports();
  // Each example sits in its own package, so it sees that package's dependencies as its code does.
  const files = new Map(examples.map((example, index) => [`${root}${example.where.replace(/[^/]+$/, '')}__example_${index}.ts`, asModule(example.code, exports, packageOf(example.where), ownExports.get(example.where.replace(/[^/]+$/, ''))!)]));
  const host = ts.createCompilerHost(options);
  const { readFile, fileExists, getSourceFile } = host;
  host.readFile = (file) => files.get(file) ?? readFile.call(host, file);
  host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = files.get(file);
    return text === undefined ? getSourceFile.call(host, file, language, ...rest) : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const failing: string[] = [];
  [...files.keys()].forEach((file, index) => {
    const example = examples[index]!;
    for (const d of ts.getPreEmitDiagnostics(program, program.getSourceFile(file))) {
      if (d.file?.fileName === file) failing.push(`${example.where}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    }
  });
  expect(examples.length).toBeGreaterThan(250);
  expect(failing).toEqual([]);
}, 120_000);

it("imports a name from the example's own package before any other package exporting it", () => {
  // The umbrella's text-form compileSql must not stand in for @pcaq/sql's in @pcaq/sql's examples.
  const exports = new Map([['compileSql', 'pcaq'], ['checkQuery', '@pcaq/linter']]);
  const module = asModule('const sql = compileSql(checkQuery({}).checked!, options);', exports, '@pcaq/sql', new Set(['compileSql']));
  expect(module).toContain("import { compileSql } from '@pcaq/sql';");
  expect(module).toContain("import { checkQuery } from '@pcaq/linter';");
  expect(asModule('compileSql(query, options);', exports, '@pcaq/printer', new Set())).toContain("import { compileSql } from 'pcaq';");
});
