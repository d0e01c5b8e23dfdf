// The CLI's start-up bundle (docs/performance.md, "Start-up: the CLI runs a bundle"). Run by
// `pnpm build` after `tsc -b`, from the compiled packages, so it is rebuilt whenever they are.
//
// Input: packages/cli/dist/bin.js and everything it imports, the engines included (they sit behind
// a dynamic import, so they land in a chunk loaded only by `eval --engine duckdb` and `sql`).
// Output: packages/cli/dist/bundle/ (bin.js, chunk-*.js, meta.json); packages/cli/bin/pcaq.js
// runs it. Every workspace module is in exactly one output file, so the process holds one copy of
// each (a test checks it from meta.json). Native packages stay external: `@duckdb/node-api` is a
// dependency of @pcaq/cli for that reason (no bundled module imports `pg`; it stays external in case one does).
import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'packages/cli');
const outdir = join(cli, 'dist/bundle');

/**
 * `import.meta.url` keeps meaning "where this module was compiled to" (the CLI reads its
 * package.json relative to it), whichever output file esbuild puts the module in.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(plugin) {
    plugin.onLoad({ filter: /\/packages\/[^/]+\/dist\/.*\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const fromBundle = relative(outdir, args.path).split('\\').join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const result = await build({
  absWorkingDir: cli,
  entryPoints: { bin: 'dist/bin.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  // The parser loads chevrotain's single-file build where `import.meta.resolve` finds it; from the
  // bundle it does not, so the package entry is bundled, pointed at that same single file.
  alias: { chevrotain: realpathSync(join(root, 'packages/parser/node_modules/chevrotain/lib/chevrotain.mjs')) },
  external: ['@duckdb/node-api', 'pg'],
  // CommonJS dependencies bundled into ESM call `require` for Node's own modules.
  banner: { js: "import { createRequire as __pcaqRequire } from 'node:module'; const require = __pcaqRequire(import.meta.url);" },
  plugins: [keepModuleUrls],
  metafile: true,
  logLevel: 'warning',
});
writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
