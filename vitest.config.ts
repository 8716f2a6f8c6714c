import { defineConfig } from 'vitest/config';

// One knob for a slow or busy machine: TEST_TIMEOUT_SCALE multiplies these timeouts and every
// waitFor deadline (tests/support/wait-for.ts).
const scale = Number(process.env.TEST_TIMEOUT_SCALE) || 1;

export default defineConfig({
  resolve: {
    // type-graphql and Apollo load graphql's CommonJS build; Vite would pick the .mjs one and
    // end with two copies ("Cannot use GraphQLObjectType from another module or realm").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['reflect-metadata', 'tests/support/check-sql-compiler.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Files share each worker's module graph: re-importing the app for every file was a third of the
    // suite's time (vitest's "import": 344 of 641 s on PostgreSQL, 527 of 1,745 s on PGlite). Each
    // file still builds its own app and database; module-level state must not leak between files.
    isolate: false,
    testTimeout: 30_000 * scale,
    hookTimeout: 120_000 * scale,
  },
});
