import { defineConfig } from 'vitest/config';

// Tests import the packages' TypeScript sources through the "@pcaq/source" export condition,
// so a test run never depends on a stale build; `pnpm test` still builds first, for the CLI.
const conditions = ['@pcaq/source', 'import', 'module', 'node', 'default'];
// Only workspace packages (inlined by Vite) need the source condition; dependencies that Node loads
// itself keep Node's own conditions (pg's pool, for one, must load as CommonJS).

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    typecheck: { include: ['packages/*/test/**/*.test-d.ts', 'tests/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
