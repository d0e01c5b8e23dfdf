import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository's root folder, with a trailing slash. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * The compiler options the source-scanning tests type-check the workspace with: the sources
 * themselves (the `@pcaq/source` export condition), strict, no output. One set for every such test.
 */
export const SOURCE_PROGRAM_OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: ['node'],
  customConditions: ['@pcaq/source'],
};

/**
 * A program over the workspace in which `file` holds `text` (a probe source written to break a
 * rule, so a test can show its check finds the break), beside the other `roots`.
 */
export function programWithProbe(file: string, text: string, roots: readonly string[] = []): ts.Program {
  const host = ts.createCompilerHost(SOURCE_PROGRAM_OPTIONS);
  const { readFile, fileExists, getSourceFile } = host;
  host.readFile = (name) => (name === file ? text : readFile.call(host, name));
  host.fileExists = (name) => name === file || fileExists.call(host, name);
  host.getSourceFile = (name, language, ...rest) => (name === file ? ts.createSourceFile(name, text, language, true) : getSourceFile.call(host, name, language, ...rest));
  return ts.createProgram([file, ...roots], SOURCE_PROGRAM_OPTIONS, host);
}
