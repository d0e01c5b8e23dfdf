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
