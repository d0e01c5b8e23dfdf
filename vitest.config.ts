import { defineConfig } from 'vitest/config';

// Tests import the packages' TypeScript sources through the "@pcaq/source" export condition,
// so a test run never depends on a stale build; `pnpm test` still builds first, for the CLI.
const conditions = ['@pcaq/source', 'import', 'module', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: ['packages/*/test/**/*.test.ts'],
    typecheck: { include: ['packages/*/test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
