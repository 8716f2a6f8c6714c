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
    setupFiles: ['reflect-metadata'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000 * scale,
    hookTimeout: 120_000 * scale,
  },
});
