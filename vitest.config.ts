import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const serverConditions = defaultServerConditions.filter((condition) => condition !== 'module');

export default defineConfig({
  // workspace packages resolve to their TypeScript sources, not to dist/
  // without Vite's 'module' condition, which would hand Node bundler-only builds (the AWS SDK's
  // dist-es, whose imports have no file extensions)
  ssr: { resolve: { conditions: ['@tradeqn/source', ...serverConditions] } },
  resolve: { conditions: ['@tradeqn/source', ...serverConditions] },
  test: {
    environment: 'node',
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'services/*/src/**/*.test.ts',
      'services/*/test/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PGlite boots a whole PostgreSQL per file; two cores take two files at a time
    maxWorkers: 2,
  },
});
