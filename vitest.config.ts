import { defineConfig } from 'vitest/config';

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
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
