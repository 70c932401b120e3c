import { defineConfig } from 'vitest/config';

// Resolve packages as Node does at run time. graphql 17 has a `development` export condition that
// Vite would pick, giving tests a second graphql instance beside the one Pothos loads through Node.
// Only conditions Node itself applies to both import and require: Vitest hands these to its workers
// as `--conditions`, and Vite and Node add `import`/`require` and `default` by themselves. Listing
// `import` (or `module`) here would make Node's require() pick ESM entries too, which breaks
// dual packages such as pg (its require('pg-pool') would get the ESM wrapper).
const conditions = ['module-sync', 'node'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: ['test/**/*.test.ts'],
    // One real Postgres and one real Redis for the run, started by the suite itself: inject('postgresUrl'), inject('redisUrl').
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Suites start real servers on ephemeral loopback ports; two workers match the 2-core machines.
    maxWorkers: 2,
  },
});
