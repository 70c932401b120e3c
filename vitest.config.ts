import { defineConfig } from 'vitest/config';

// Resolve packages as Node does at run time. graphql 17 has a `development` export condition that
// Vite would pick, giving tests a second graphql instance beside the one Pothos loads through Node.
const conditions = ['module-sync', 'module', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Suites start real servers on ephemeral loopback ports; two workers match the 2-core machines.
    maxWorkers: 2,
  },
});
