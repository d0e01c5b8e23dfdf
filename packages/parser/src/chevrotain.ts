import type * as Chevrotain from 'chevrotain';

/**
 * chevrotain, loaded the cheap way. Its package entry (`lib/src/api.js`) imports lodash-es, whose
 * index is some 640 separate modules: about 300 ms before the first line of pcaq runs. chevrotain
 * also ships the same code bundled into one file, `lib/chevrotain.mjs`, which loads in about
 * 14 ms, but its `exports` map does not name it; so where `import.meta.resolve` exists (Node) the
 * bundle is found beside the resolved entry. Anywhere else (a bundler, a browser, a test runner
 * without `import.meta.resolve`), or if that file is missing, the package entry is imported as
 * usual. Every module of this package takes chevrotain from here, so only one copy is ever in use
 * (token types and `EOF` are compared by identity). See docs/performance.md, "Start-up".
 */
const loaded = await load();

async function load(): Promise<{ readonly api: typeof Chevrotain; readonly bundled: boolean }> {
  const { resolve } = import.meta as ImportMeta & { resolve?: (specifier: string) => string };
  if (typeof resolve === 'function') {
    try {
      const entry = resolve('chevrotain');
      const bundle = entry.replace(/\/lib\/src\/api\.js$/, '/lib/chevrotain.mjs');
      if (bundle !== entry) return { api: (await import(bundle)) as typeof Chevrotain, bundled: true };
    } catch {
      // Not where chevrotain 11 keeps it: the package entry below is the same API.
    }
  }
  return { api: await import('chevrotain'), bundled: false };
}

/**
 * Whether the single-file bundle is the copy in use (a test keeps it so under Node).
 *
 * @example
 * ```ts
 * usesBundledChevrotain(); // true under Node
 * ```
 */
export function usesBundledChevrotain(): boolean {
  return loaded.bundled;
}

export const { CstParser, EOF, Lexer, createToken, createTokenInstance, generateCstDts } = loaded.api;
export type CstParser = Chevrotain.CstParser;
export type Lexer = Chevrotain.Lexer;
export type {
  CstNode,
  IParserErrorMessageProvider,
  IRecognitionException,
  ISerializedGast,
  IToken,
  TokenType,
} from 'chevrotain';
